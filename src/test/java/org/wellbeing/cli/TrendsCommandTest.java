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
 * periods; an indicator whose 2022/23 row measures a later time period than its 2021/22 row has two points and a
 * short-series label, the rest (one period, or a 2022/23 row repeating 2021/22's time period) cannot be calculated.
 */
class TrendsCommandTest {

    static final String HEADER = "indicator_id,period,label,flag,severity,method,points,rule,quality,quality_reason,policy_version";
    static final Set<String> SHORT_SERIES_LABELS = Set.of("Significantly improving", "Improving", "Comparable",
            "Worsening", "Significantly worse", "Increasing", "Decreasing");
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
    void indicators_whose_time_period_moved_on_get_a_two_point_label_and_the_rest_cannot_be_calculated() {
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
                assertTrue(SHORT_SERIES_LABELS.contains(r.get("label")), r.toString());
                assertEquals("SHORT_SERIES", r.get("method"), r.toString());
                assertEquals("2", r.get("points"), r.toString());
                assertTrue(r.get("rule").startsWith("Short series: "), r.toString());
            } else {
                assertEquals("Cannot be calculated", r.get("label"), r.toString());
                assertEquals("NONE", r.get("method"), r.toString());
                assertEquals("1", r.get("points"), r.toString());
                assertEquals("Trend cannot be calculated", r.get("rule"), r.toString());
            }
        }
        assertEquals(27, moved, "indicators with two distinct time periods");
    }

    @Test
    void every_flagged_row_has_a_severity_and_no_unflagged_row_has_one() {
        // Then
        long flagged = 0;
        for (CSVRecord r : rows) {
            if (r.get("flag").isEmpty()) {
                assertEquals("", r.get("severity"), r.toString());
            } else {
                flagged++;
                assertEquals("worsening", r.get("flag"), r.toString());
                assertTrue(SEVERITIES.contains(r.get("severity")), r.toString());
            }
        }
        assertTrue(flagged > 0, "some Luton indicators are worsening");
    }

    @Test
    void breast_screening_worsened_while_its_england_rating_fell_so_its_flag_is_high() {
        // Given breast screening 68.6 (GREEN against England 64.1) in 2021, 56.3 (RED against 65.2) in 2022
        // Then
        CSVRecord r = row("cancer-screening-breast");
        assertEquals("Worsening", r.get("label"));
        assertEquals("Short series: worsening", r.get("rule"));
        assertEquals("worsening", r.get("flag"));
        assertEquals("HIGH", r.get("severity"));
    }

    @Test
    void life_expectancy_repeating_its_time_period_cannot_be_calculated_and_is_not_flagged() {
        // Given life expectancy (male), 2018-20 in both blocks
        // Then
        CSVRecord r = row("life-expectancy-male");
        assertEquals("Cannot be calculated", r.get("label"));
        assertEquals("", r.get("flag"));
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
                assertTrue(t.get("flagRule").asText().startsWith("Worsening flag: "), t.toString());
            }
        }
        JsonNode breast = null;
        for (JsonNode t : trends) {
            if (t.get("indicatorId").asText().equals("cancer-screening-breast")) breast = t;
        }
        assertEquals("Worsening flag: worsening while the England rating also fell", breast.get("flagRule").asText());
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

    private static CSVRecord row(String id) {
        return rows.stream().filter(r -> r.get("indicator_id").equals(id)).findFirst().orElseThrow();
    }
}
