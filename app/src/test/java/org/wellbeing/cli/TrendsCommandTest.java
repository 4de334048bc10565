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
import java.util.TreeSet;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wellbeing.testing.BundledRules;
import org.wellbeing.io.town.TownDataset;
import org.wellbeing.io.town.TownDatasetReader;
import org.wellbeing.model.Indicator;
import org.wellbeing.model.Observation;

/**
 * {@code trends}: every Luton indicator's trend up to 2022/23, with worsening flags. The town has two reporting
 * periods; an indicator whose 2022/23 row measures a later time period than its 2021/22 row has two points, the
 * rest one. Which label each gets is the trend rules' to say (rules/tests/trend/).
 */
class TrendsCommandTest {

    static final String HEADER = "indicator_id,period,label,flag,severity,method,points,rule,quality,quality_reason,policy_version";
    static final Set<String> SEVERITIES = Set.of("HIGH", "MEDIUM", "LOW");

    static TownDataset luton;
    static Cli.Result csv;
    static List<CSVRecord> rows;

    @BeforeAll
    static void runTrendsAsCsvOnce() throws Exception {
        // Given the bundled Luton data, when trends runs for 2022/23 as CSV
        luton = TownDatasetReader.read(Path.of("data", "luton"));
        csv = Cli.run("trends", "--period", "2022/23", "--format", "csv");
        rows = csv.csv();
    }

    @Test
    void csv_has_the_exact_header_and_exits_0_with_no_coverage_problems() {
        // Then
        assertEquals(HEADER, csv.header());
        csv.assertExit(0);
        assertEquals("", csv.err());
    }

    @Test
    void csv_has_one_row_per_catalogue_indicator_in_catalogue_order() {
        // Then 75 rows, one per indicator, in the catalogue's order, all for 2022/23
        List<String> catalogue = luton.indicators().stream().map(Indicator::id).toList();
        assertEquals(75, catalogue.size());
        assertEquals(catalogue, rows.stream().map(r -> r.get("indicator_id")).toList());
        assertTrue(rows.stream().allMatch(r -> r.get("period").equals("2022/23")));
    }

    @Test
    void indicators_whose_time_period_moved_on_count_two_points_and_the_rest_one() {
        // Given each indicator's time periods in 2021/22 and 2022/23
        Map<String, String> before = new HashMap<>();
        Map<String, String> now = new HashMap<>();
        for (Observation o : luton.facts().observations()) {
            (o.period().equals("2021/22") ? before : now).put(o.indicatorId(), o.timePeriod());
        }
        int moved = 0;

        // Then
        for (CSVRecord r : rows) {
            String id = r.get("indicator_id");
            boolean twoPoints = before.containsKey(id) && !before.get(id).equals(now.get(id));
            if (twoPoints) {
                moved++;
            }
            assertEquals(twoPoints ? "2" : "1", r.get("points"), r.toString());
            assertFalse(r.get("label").isEmpty(), r.toString());
            assertTrue(BundledRules.ruleBase().rules().containsKey(r.get("rule")), r.toString());
        }
        assertEquals(27, moved, "indicators with two distinct time periods");
    }

    @Test
    void every_flagged_row_has_a_severity_and_no_unflagged_row_has_one_as_in_the_json() throws Exception {
        // Then
        Set<String> flagged = new TreeSet<>();
        for (CSVRecord r : rows) {
            if (r.get("flag").isEmpty()) {
                assertEquals("", r.get("severity"), r.toString());
            } else {
                flagged.add(r.get("indicator_id") + " " + r.get("severity"));
                assertEquals("worsening", r.get("flag"), r.toString());
                assertTrue(SEVERITIES.contains(r.get("severity")), r.toString());
            }
        }
        // and the json flags the same indicators with the same severities
        JsonNode json = new ObjectMapper().readTree(Cli.run("trends", "--period", "2022/23", "--format", "json").out());
        Set<String> flaggedInJson = new TreeSet<>();
        for (JsonNode t : json.get("trends")) {
            if (t.get("flagged").asBoolean()) {
                flaggedInJson.add(t.get("indicatorId").asText() + " " + t.get("severity").asText());
            }
        }
        assertEquals(flaggedInJson, flagged);
    }

    @Test
    void json_lists_the_period_the_rule_set_version_and_each_trend_with_its_rules() throws Exception {
        // Given
        String version = BundledRules.ruleBase().version();

        // When
        Cli.Result r = Cli.run("trends", "--period", "2022/23", "--format", "json").assertExit(0);

        // Then
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals("2022/23", json.get("period").asText());
        assertEquals(version, json.get("ruleSetVersion").asText());
        JsonNode trends = json.get("trends");
        assertEquals(75, trends.size());
        for (JsonNode t : trends) {
            assertFalse(t.get("rule").asText().isEmpty(), t.toString());
            assertFalse(t.get("reason").asText().isEmpty(), t.toString());
            if (t.get("flagged").asBoolean()) {
                assertTrue(SEVERITIES.contains(t.get("severity").asText()), t.toString());
                assertTrue(BundledRules.ruleBase().rules().containsKey(t.get("flagRule").asText()), t.toString());
            }
            assertTrue(BundledRules.ruleBase().rules().containsKey(t.get("rule").asText()), t.toString());
        }
    }

    @Test
    void text_has_a_title_line_then_one_line_per_indicator_with_flags_shown() throws Exception {
        // Given
        String shortVersion = BundledRules.ruleBase().shortVersion();

        // When
        Cli.Result r = Cli.run("trends", "--period", "2022/23", "--format", "text").assertExit(0);

        // Then
        List<String> lines = r.lines();
        assertTrue(lines.get(0).matches("Luton, trends up to 2022/23; rule set " + shortVersion + ", policy [0-9a-f]{12}"),
                lines.get(0));
        assertEquals("", lines.get(1));
        assertEquals(2 + 75, lines.size(), r.out());
        long flagLines = lines.stream().filter(l -> l.matches(".* FLAG (HIGH|MEDIUM|LOW): .*")).count();
        assertEquals(rows.stream().filter(x -> !x.get("flag").isEmpty()).count(), flagLines);
    }

    @Test
    void an_unknown_period_is_refused_with_the_periods_there_are_and_exit_2() {
        // When
        Cli.Result r = Cli.run("trends", "--period", "2019/20", "--format", "csv");

        // Then
        r.assertExit(2);
        assertTrue(r.err().contains("no data for period '2019/20'; periods in the data: 2021/22, 2022/23"), r.err());
        assertEquals("", r.out());
    }
}
