package org.wellbeing.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.wellbeing.testing.BundledRules;
import org.wellbeing.engine.Evaluation;
import org.wellbeing.engine.Evaluator;
import org.wellbeing.io.fingertips.ErrorMode;
import org.wellbeing.io.fingertips.FingertipsCsvReader;
import org.wellbeing.io.fingertips.FingertipsDataset;
import org.wellbeing.io.fingertips.FingertipsRow;
import org.wellbeing.model.Comparator;
import org.wellbeing.model.Outcome;
import org.wellbeing.model.Rating;

/** {@code rate-fingertips}: a Fingertips download rated against England and region, in csv, json and text. */
class FingertipsRateCliTest {

    static final String CAMPYLOBACTER = "campylobacter_93356_CountyUA_2015-2017.csv";
    static final String LUTON = "E06000032";
    static final String HEADER = "indicator_id,indicator_name,area_code,area_name,sex,age,category_type,category,"
            + "period,value,lower95,upper95,count,denominator,value_note,england,england_outcome,england_official,"
            + "region,region_outcome,region_official,trend,trend_method,trend_official,flag,severity";
    static final Map<String, Set<String>> OFFICIAL_TO_OUTCOME = Map.of(
            "Better", Set.of("GREEN"), "Similar", Set.of("AMBER"), "Worse", Set.of("RED"),
            "Not compared", Set.of("NOT_COMPARED"));

    @Test
    void csv_for_one_area_has_the_header_and_only_that_areas_rows() throws Exception {
        // Given the campylobacter download, which has five Luton rows (SOURCES.md)
        Path file = Cli.sharedFingertips(CAMPYLOBACTER);

        // When
        Cli.Result r = Cli.run("rate-fingertips", file.toString(), "--area", LUTON, "--format", "csv").assertExit(0);

        // Then the header, and Luton's five rows only
        assertEquals(HEADER, r.header());
        List<CSVRecord> rows = r.csv();
        assertEquals(5, rows.size(), r.out());
        for (CSVRecord row : rows) {
            assertEquals(LUTON, row.get("area_code"));
            assertEquals("Luton", row.get("area_name"));
            assertEquals("93356", row.get("indicator_id"));
        }
        assertEquals(Set.of("2015|Persons|All ages||", "2016|Persons|All ages||", "2017|Persons|All ages||",
                        "2015|Persons|0-9 yrs||", "2016|Persons|0-9 yrs||"),
                rows.stream().map(x -> x.get("period") + "|" + breakdown(x)).collect(Collectors.toSet()));
        assertEquals("", r.err());
    }

    @Test
    void csv_england_outcomes_for_luton_agree_with_the_official_labels_in_the_file() throws Exception {
        // Given Luton's official "Compared to England" labels, read from the file itself
        Path file = Cli.sharedFingertips(CAMPYLOBACTER);
        Map<String, String> official = new HashMap<>();
        for (FingertipsRow row : new FingertipsCsvReader().read(file).rowsOrThrow()) {
            if (row.areaCode().equals(LUTON)) {
                official.put(row.timePeriod() + "|" + row.breakdown(), row.comparedToEngland());
            }
        }
        assertEquals(5, official.size());

        // When
        Cli.Result r = Cli.run("rate-fingertips", file.toString(), "--area", LUTON, "--format", "csv").assertExit(0);

        // Then every Luton row's outcome is the official one, and the England value is filled in
        for (CSVRecord row : r.csv()) {
            String label = official.get(row.get("period") + "|" + breakdown(row));
            assertTrue(OFFICIAL_TO_OUTCOME.get(label).contains(row.get("england_outcome")),
                    row + " official " + label);
            assertEquals(label, row.get("england_official"), "the official label is shown beside the outcome");
            assertFalse(row.get("england").isEmpty(), row.toString());
        }
    }

    @Test
    void json_lists_the_rows_with_the_rule_behind_each_outcome_and_the_rule_set_version() throws Exception {
        // Given
        Path file = Cli.sharedFingertips(CAMPYLOBACTER);
        String version = BundledRules.ruleBase().version();

        // When
        Cli.Result r = Cli.run("rate-fingertips", file.toString(), "--area", LUTON, "--format", "json").assertExit(0);

        // Then
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals(file.toString(), json.get("file").asText());
        assertEquals(version, json.get("ruleSetVersion").asText());
        JsonNode rows = json.get("rows");
        assertEquals(5, rows.size(), r.out());
        for (JsonNode row : rows) {
            assertEquals(LUTON, row.get("areaCode").asText());
            assertFalse(row.get("englandRule").asText().isEmpty(), row.toString());
            assertFalse(row.get("trend").asText().isEmpty(), row.toString());
        }
        // each rule named is a rule of the bundled rules
        for (JsonNode row : rows) {
            for (String field : List.of("englandRule", "regionRule")) {
                assertTrue(BundledRules.ruleBase().rules().containsKey(row.get(field).asText()), row.toString());
            }
        }
        assertFalse(find(rows, "2015", "Persons|All ages||").get("englandOutcome").asText().isEmpty());
    }

    @Test
    void text_has_a_header_the_indicator_name_sex_age_and_rounded_values_beside_the_official_labels() {
        // Given
        Path file = Cli.sharedFingertips(CAMPYLOBACTER);

        // When
        Cli.Result r = Cli.run("rate-fingertips", file.toString(), "--area", LUTON, "--format", "text").assertExit(0);

        // Then a line naming the file, rule set and catalogue, the indicator's name, a header row, Luton's five rows
        List<String> lines = r.lines();
        assertTrue(lines.get(0).startsWith(file + ": 5 rows of 1 indicators rated against England and region; rule set "),
                lines.get(0));
        assertTrue(lines.get(0).endsWith("catalogue data/fingertips/indicators.csv"), lines.get(0));
        assertTrue(r.out().contains("\n93356 Campylobacter incidence rate/100,000\n"), r.out());
        String header = lines.stream().filter(l -> l.contains("area name")).findFirst().orElseThrow();
        assertTrue(header.matches("^ +area +area name +sex +age +category +period +value +england +\\(official\\) +region"
                + " +\\(official\\) +trend$"), header);
        List<String> luton = lines.stream().filter(l -> l.contains(LUTON)).toList();
        assertEquals(5, luton.size(), r.out());
        for (String line : luton) {
            assertTrue(line.matches("^ +E06000032 +Luton +Persons +(All ages|0-9 yrs) +20\\d\\d +\\d+\\.\\d +[A-Z_]+ +\\((Better|Similar|Worse)\\)"
                    + " +[A-Z_]+ +\\([A-Za-z ]+\\).*$"), line);
        }
    }

    @Test
    void a_file_with_a_bad_number_is_refused_naming_file_row_and_column_with_exit_2() {
        // Given a fixture whose 4th data row has Value 'abc'
        Path file = Cli.fixture("fingertips-cli/bad_number.csv");

        // When
        Cli.Result r = Cli.run("rate-fingertips", file.toString(), "--format", "csv");

        // Then nothing is rated and the error says where
        r.assertExit(2);
        assertEquals("", r.out());
        assertTrue(r.err().contains("bad_number.csv:5: column 'Value': not a number: 'abc'"), r.err());
        assertTrue(r.err().startsWith("error: "), r.err());
    }

    @Test
    void skip_bad_rows_rates_the_rest_and_reports_the_skipped_row_on_stderr() {
        // Given the same fixture
        Path file = Cli.fixture("fingertips-cli/bad_number.csv");

        // When
        Cli.Result r = Cli.run("rate-fingertips", file.toString(), "--format", "csv", "--skip-bad-rows").assertExit(0);

        // Then the four good rows are rated, Southend (the bad row) is left out
        assertEquals(List.of("E92000001", "E12000006", "E06000032", "E06000034"),
                r.csv().stream().map(x -> x.get("area_code")).toList());
        assertTrue(r.err().contains("skipped 1 bad rows:"), r.err());
        assertTrue(r.err().contains("bad_number.csv:5: column 'Value': not a number: 'abc'"), r.err());
        // and the good rows are rated as usual, against England and the region
        CSVRecord luton = r.csv().stream().filter(x -> x.get("area_code").equals(LUTON)).findFirst().orElseThrow();
        assertTrue(Set.of("GREEN", "AMBER", "RED").contains(luton.get("england_outcome")), luton.toString());
        assertTrue(Set.of("GREEN", "AMBER", "RED").contains(luton.get("region_outcome")), luton.toString());
    }

    @Test
    void an_indicator_missing_from_the_catalogue_is_rated_as_the_engine_rates_it_in_process() throws Exception {
        // Given a fixture of indicator 99999, which data/fingertips/indicators.csv does not list
        Path file = Cli.fixture("fingertips-cli/unknown_indicator.csv");

        // When the command rates it
        Cli.Result r = Cli.run("rate-fingertips", file.toString(), "--area", LUTON, "--format", "json").assertExit(0);

        // Then Luton's outcomes and rules against England and region are those of the same facts evaluated
        // in-process (what the bundled rules make of an indicator without polarity is rules/tests/' to say)
        JsonNode luton = new ObjectMapper().readTree(r.out()).get("rows").get(0);
        FingertipsDataset data = FingertipsDataset.read(file, Path.of("data", "fingertips", "indicators.csv"),
                ErrorMode.REFUSE_FILE);
        Evaluation e = new Evaluator().evaluate(BundledRules.ruleBase(), data.facts());
        List<Rating> lutonRatings = e.ratings().stream().filter(x -> x.areaCode().equals(LUTON)).toList();
        assertEquals(Comparator.values().length, lutonRatings.size());
        for (Rating rating : lutonRatings) {
            if (rating.comparator() == Comparator.ENGLAND || rating.comparator() == Comparator.REGION) {
                String field = rating.comparator() == Comparator.ENGLAND ? "england" : "region";
                assertEquals(rating.outcome().name(), luton.get(field + "Outcome").asText(), field);
                assertEquals(e.ruleFor(rating), luton.get(field + "Rule").asText(), field);
            }
        }
        assertEquals(List.of(), e.problems());
    }

    @Test
    void an_area_not_in_the_file_is_an_error_with_exit_2() {
        // Given
        Path file = Cli.sharedFingertips(CAMPYLOBACTER);

        // When
        Cli.Result r = Cli.run("rate-fingertips", file.toString(), "--area", "E99999999", "--format", "csv");

        // Then
        r.assertExit(2);
        assertTrue(r.err().contains("no rows for area 'E99999999'"), r.err());
        assertEquals("", r.out());
    }

    private static String breakdown(CSVRecord row) {
        return row.get("sex") + "|" + row.get("age") + "|" + row.get("category_type") + "|" + row.get("category");
    }

    private static JsonNode find(JsonNode rows, String period, String breakdown) {
        for (JsonNode row : rows) {
            String its = row.get("sex").asText() + "|" + row.get("age").asText() + "|" + row.get("categoryType").asText()
                    + "|" + row.get("category").asText();
            if (row.get("period").asText().equals(period) && its.equals(breakdown)) {
                return row;
            }
        }
        throw new AssertionError("no row " + period + " " + breakdown + " in " + rows);
    }
}
