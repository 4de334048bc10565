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
import org.wellbeing.engine.Evaluation;
import org.wellbeing.engine.Evaluator;
import org.wellbeing.io.fingertips.ErrorMode;
import org.wellbeing.io.fingertips.FingertipsCsvReader;
import org.wellbeing.io.fingertips.FingertipsDataset;
import org.wellbeing.io.fingertips.FingertipsRow;
import org.wellbeing.model.Comparator;
import org.wellbeing.model.Outcome;
import org.wellbeing.model.Rating;
import org.wellbeing.rules.RuleCompiler;

/** {@code rate-fingertips}: a Fingertips download rated against England and region, in csv, json and text. */
class FingertipsRateCliTest {

    static final String CAMPYLOBACTER = "campylobacter_93356_CountyUA_2015-2017.csv";
    static final String LUTON = "E06000032";
    static final String HEADER = "indicator_id,area_code,area_name,breakdown,period,value,lower95,upper95,"
            + "england,england_outcome,region,region_outcome,trend,trend_method,flag,severity";
    static final String NO_POLARITY_RULE =
            "Not compared: the indicator is not in the catalogue, so no polarity is configured";

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
                rows.stream().map(x -> x.get("period") + "|" + x.get("breakdown")).collect(Collectors.toSet()));
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
            String label = official.get(row.get("period") + "|" + row.get("breakdown"));
            assertTrue(OFFICIAL_TO_OUTCOME.get(label).contains(row.get("england_outcome")),
                    row + " official " + label);
            assertFalse(row.get("england").isEmpty(), row.toString());
        }
    }

    @Test
    void json_lists_the_rows_with_the_rule_behind_each_outcome_and_the_rule_set_version() throws Exception {
        // Given
        Path file = Cli.sharedFingertips(CAMPYLOBACTER);
        String version = new RuleCompiler().compile(Path.of("rules")).version();

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
        JsonNode allAges2015 = find(rows, "2015", "Persons|All ages||");
        assertEquals("AMBER", allAges2015.get("englandOutcome").asText());
        assertEquals("Similar to the benchmark", allAges2015.get("englandRule").asText());
        JsonNode young2015 = find(rows, "2015", "Persons|0-9 yrs||");
        assertEquals("GREEN", young2015.get("englandOutcome").asText());
        assertEquals("Better: lower and low is good", young2015.get("englandRule").asText());
    }

    @Test
    void text_prints_one_line_per_row_with_england_region_and_trend() {
        // Given
        Path file = Cli.sharedFingertips(CAMPYLOBACTER);

        // When
        Cli.Result r = Cli.run("rate-fingertips", file.toString(), "--area", LUTON, "--format", "text").assertExit(0);

        // Then
        List<String> lines = r.lines();
        assertEquals(5, lines.size(), r.out());
        for (String line : lines) {
            assertTrue(line.matches("^93356 +E06000032 +Luton +20\\d\\d +.* england [A-Z_]+ +region [A-Z_]+ +trend .+$"),
                    line);
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
        assertTrue(r.err().contains("bad_number.csv:row 4: column 'Value': not a number: 'abc'"), r.err());
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
        assertTrue(r.err().contains("bad_number.csv:row 4: column 'Value': not a number: 'abc'"), r.err());
        // and the good rows are rated as usual: Luton's CI 70-89 is below England's 100, low is good
        CSVRecord luton = r.csv().stream().filter(x -> x.get("area_code").equals(LUTON)).findFirst().orElseThrow();
        assertEquals("GREEN", luton.get("england_outcome"));
        assertEquals("GREEN", luton.get("region_outcome"));
    }

    @Test
    void an_indicator_missing_from_the_catalogue_is_not_compared_because_no_polarity_is_configured() throws Exception {
        // Given a fixture of indicator 99999, which data/fingertips/indicators.csv does not list
        Path file = Cli.fixture("fingertips-cli/unknown_indicator.csv");

        // When the command rates it
        Cli.Result r = Cli.run("rate-fingertips", file.toString(), "--area", LUTON, "--format", "json").assertExit(0);

        // Then Luton is not compared with England or region, by the no-polarity rule
        JsonNode luton = new ObjectMapper().readTree(r.out()).get("rows").get(0);
        assertEquals("NOT_COMPARED", luton.get("englandOutcome").asText());
        assertEquals(NO_POLARITY_RULE, luton.get("englandRule").asText());
        assertEquals("NOT_COMPARED", luton.get("regionOutcome").asText());
        assertEquals(NO_POLARITY_RULE, luton.get("regionRule").asText());

        // and the rating's reason (which the command's output does not show) says so
        FingertipsDataset data = FingertipsDataset.read(file, Path.of("data", "fingertips", "indicators.csv"),
                ErrorMode.REFUSE_FILE);
        Evaluation e = new Evaluator().evaluate(new RuleCompiler().compile(Path.of("rules")), data.facts());
        List<Rating> lutonRatings = e.ratings().stream().filter(x -> x.areaCode().equals(LUTON)).toList();
        assertEquals(Comparator.values().length, lutonRatings.size());
        for (Rating rating : lutonRatings) {
            assertEquals(Outcome.NOT_COMPARED, rating.outcome());
            assertTrue(rating.reason().text().contains("no polarity configured"), rating.reason().text());
            assertEquals(NO_POLARITY_RULE, e.ruleFor(rating));
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

    private static JsonNode find(JsonNode rows, String period, String breakdown) {
        for (JsonNode row : rows) {
            if (row.get("period").asText().equals(period) && row.get("breakdown").asText().equals(breakdown)) {
                return row;
            }
        }
        throw new AssertionError("no row " + period + " " + breakdown + " in " + rows);
    }
}
