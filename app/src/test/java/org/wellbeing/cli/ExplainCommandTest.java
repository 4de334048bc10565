package org.wellbeing.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wellbeing.rules.RuleBase;
import org.wellbeing.testing.BundledRules;

/**
 * {@code explain}: why an indicator got its rating against a comparator, in plain English: the outcome, the chain
 * of rules with their file and line, the thresholds in force with their values and where they are set, and the
 * rule-set version.
 */
class ExplainCommandTest {

    static final Pattern RULE_LINE = Pattern.compile("^  rule (\\S+) \"([^\"]+)\" in (\\S+):(\\d+)$");
    static final Pattern THRESHOLD_LINE = Pattern.compile("^  threshold (\\S+) = (\\S+) (.+) \\((\\S+):(\\d+)\\)$");
    static final Pattern VERSION_LINE = Pattern.compile("^  rule set ([0-9a-f]{64}), evaluated (\\S+)$");

    static Cli.Result breastScreening;
    static String version;
    /** The same rating as {@code report --format json} gives it: explain must tell the same story. */
    static JsonNode reported;

    @BeforeAll
    static void explainBreastScreeningAgainstEnglandOnce() throws Exception {
        // Given the bundled Luton data and rules, and breast screening's rating against England in the report
        version = BundledRules.ruleBase().version();
        JsonNode report = new ObjectMapper().readTree(
                Cli.run("report", "--period", "2022/23", "--format", "json").assertExit(0).out());
        for (JsonNode r : report.path("ratings")) {
            if (r.path("indicatorId").asText().equals("cancer-screening-breast")
                    && r.path("comparator").asText().equals("england")) {
                reported = r;
            }
        }
        assertNotNull(reported, "the report rates breast screening against England");
        // When
        breastScreening = Cli.run("explain", "cancer-screening-breast", "--comparator", "england", "--period", "2022/23");
    }

    @Test
    void it_names_the_outcome_and_the_reason_first_and_exits_0() {
        // Then the outcome and reason the report gives
        breastScreening.assertExit(0);
        assertEquals("", breastScreening.err());
        String headline = breastScreening.lines().get(0);
        assertEquals(reported.path("outcome").asText() + " against england: " + reported.path("reason").asText(), headline);
    }

    @Test
    void it_names_the_rule_that_gave_the_rating_and_where_that_rule_is_written() throws Exception {
        // Then the first rule is the one the report names, by its id, and every cited file:line holds the rule named
        List<Matcher> rules = matching(breastScreening, RULE_LINE);
        RuleBase live = BundledRules.ruleBase();
        String rule = reported.path("rule").asText();
        assertEquals(live.idOf(rule), rules.get(0).group(1));
        assertEquals(rule, rules.get(0).group(2));
        assertEquals(live.locate(rule).file(), rules.get(0).group(3));
        assertCitedWhereWritten(rules);
    }

    @Test
    void it_names_each_threshold_with_the_value_the_rule_files_set_and_the_rule_that_sets_it() throws Exception {
        assertThresholdsAsWritten(breastScreening);
    }

    @Test
    void it_names_the_rule_set_version_it_ran_on() {
        // Then
        List<Matcher> versions = matching(breastScreening, VERSION_LINE);
        assertEquals(1, versions.size(), breastScreening.out());
        assertEquals(version, versions.get(0).group(1));
    }

    @Test
    void with_a_comparator_only_that_comparison_is_explained() {
        // Then no other comparator, trend or flag
        String out = breastScreening.out();
        assertFalse(out.contains("against region:"), out);
        assertFalse(out.contains("against goal:"), out);
        assertFalse(out.contains("TREND "), out);
        assertFalse(out.contains("FLAG "), out);
    }

    @Test
    void without_a_comparator_the_trend_and_its_flag_are_explained_as_trends_gives_them() throws Exception {
        // Given the indicator's trend as the trends command gives it
        JsonNode trend = null;
        JsonNode trends = new ObjectMapper().readTree(
                Cli.run("trends", "--period", "2022/23", "--format", "json").assertExit(0).out());
        for (JsonNode t : trends.path("trends")) {
            if (t.path("indicatorId").asText().equals("cancer-screening-breast")) trend = t;
        }
        assertNotNull(trend);

        // When
        Cli.Result r = Cli.run("explain", "cancer-screening-breast", "--period", "2022/23").assertExit(0);

        // Then the trend with its label, the flag if trends shows one, every rule where it is written,
        // and the thresholds as the rule files set them
        String out = r.out();
        assertTrue(out.contains("\nTREND " + trend.path("label").asText() + ": "), out);
        assertEquals(trend.path("flagged").asBoolean(), out.contains("\nFLAG " + trend.path("severity").asText() + ": "), out);
        List<Matcher> rules = matching(r, RULE_LINE);
        List<String> ids = rules.stream().map(m -> m.group(1)).toList();
        assertTrue(ids.contains(BundledRules.ruleBase().idOf(trend.path("rule").asText())), ids.toString());
        assertCitedWhereWritten(rules);
        assertThresholdsAsWritten(r);
    }

    @Test
    void an_unknown_indicator_is_a_clear_error_with_exit_2() {
        // When
        Cli.Result r = Cli.run("explain", "no-such-indicator", "--comparator", "england", "--period", "2022/23");

        // Then
        r.assertExit(2);
        assertEquals("", r.out());
        assertTrue(r.err().contains("error: no indicator 'no-such-indicator' in "), r.err());
        assertTrue(r.err().contains("indicators.csv"), r.err());
    }

    @Test
    void an_unknown_comparator_is_a_clear_error_naming_the_choices_with_exit_2() {
        // When
        Cli.Result r = Cli.run("explain", "cancer-screening-breast", "--comparator", "scotland", "--period", "2022/23");

        // Then
        r.assertExit(2);
        assertEquals("", r.out());
        assertTrue(r.err().contains("error: unknown comparator 'scotland': use england, region, neighbours or goal"),
                r.err());
    }

    @Test
    void an_unknown_period_is_a_clear_error_naming_the_periods_with_exit_2() {
        // When
        Cli.Result r = Cli.run("explain", "cancer-screening-breast", "--comparator", "england", "--period", "2030/31");

        // Then
        r.assertExit(2);
        assertEquals("", r.out());
        assertTrue(r.err().contains("error: no data for period '2030/31'; periods in the data: 2021/22, 2022/23"),
                r.err());
    }

    private static List<Matcher> matching(Cli.Result run, Pattern p) {
        List<Matcher> found = new ArrayList<>();
        for (String line : run.lines()) {
            Matcher m = p.matcher(line);
            if (m.matches()) {
                found.add(m);
            }
        }
        assertFalse(found.isEmpty(), "no line matches " + p + " in:\n" + run.out());
        return found;
    }

    /** Every cited file:line holds the rule named. */
    private static void assertCitedWhereWritten(List<Matcher> rules) throws Exception {
        for (Matcher m : rules) {
            String line = lineOf(Path.of("rules", m.group(3)), Integer.parseInt(m.group(4)));
            assertTrue(line.contains("rule \"" + m.group(2) + "\""), m.group(3) + ":" + m.group(4) + " is: " + line);
        }
    }

    /**
     * Each threshold named has the value written in the rule files, and the cited place is the rule (from its header
     * to its end) that inserts it.
     */
    private static void assertThresholdsAsWritten(Cli.Result run) throws Exception {
        Map<String, Double> written = BundledRules.thresholdsWritten();
        for (Matcher t : matching(run, THRESHOLD_LINE)) {
            String name = t.group(1);
            assertEquals(written.get(name), Double.parseDouble(t.group(2)), name);
            List<String> file = Files.readAllLines(Path.of("rules", t.group(4)));
            boolean found = false;
            for (int k = Integer.parseInt(t.group(5)) - 1; k < file.size() && !file.get(k).strip().equals("end"); k++) {
                found |= file.get(k).contains("new Threshold(\"" + name + "\", ");
            }
            assertTrue(found, t.group(4) + " from line " + t.group(5) + " sets " + name);
        }
    }

    private static String lineOf(Path file, int line) throws Exception {
        List<String> lines = Files.readAllLines(file);
        assertTrue(line >= 1 && line <= lines.size(), file + " has no line " + line);
        return lines.get(line - 1);
    }
}
