package org.wellbeing.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
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

    @BeforeAll
    static void explainBreastScreeningAgainstEnglandOnce() throws Exception {
        // Given the bundled Luton data: breast screening 56.3% in 2022/23 against England's 65.2%, no CI
        version = BundledRules.ruleBase().version();
        // When
        breastScreening = Cli.run("explain", "cancer-screening-breast", "--comparator", "england", "--period", "2022/23");
    }

    @Test
    void it_names_the_outcome_and_the_reason_first_and_exits_0() {
        // Then
        breastScreening.assertExit(0);
        assertEquals("", breastScreening.err());
        String headline = breastScreening.lines().get(0);
        assertTrue(headline.startsWith("RED against england: worse: lower, and high is good; "), headline);
        assertTrue(headline.contains("56.3 is more than 4.0% below England 65.2 (similar.band.proportion)"), headline);
    }

    @Test
    void it_names_the_rule_that_gave_the_rating_and_where_that_rule_is_written() throws Exception {
        // Then the first rule is the polarity rule, by its id, and every cited file:line holds the rule named
        List<Matcher> rules = matching(RULE_LINE);
        assertEquals("compare.worse-lower-high-good", rules.get(0).group(1));
        assertEquals("compare/polarity.drl", rules.get(0).group(3));
        List<String> chain = rules.stream().map(m -> m.group(1)).toList();
        assertTrue(chain.contains("compare.tolerance-lower"), chain.toString());
        for (Matcher m : rules) {
            String line = lineOf(Path.of("rules", m.group(3)), Integer.parseInt(m.group(4)));
            assertTrue(line.contains("rule \"" + m.group(2) + "\""), m.group(3) + ":" + m.group(4) + " is: " + line);
        }
    }

    @Test
    void it_names_the_similar_band_threshold_with_its_value_and_the_rule_in_thresholds_drl_that_sets_it()
            throws Exception {
        // Then
        List<Matcher> thresholds = matching(THRESHOLD_LINE);
        assertEquals(1, thresholds.size(), breastScreening.out());
        Matcher t = thresholds.get(0);
        assertEquals("similar.band.proportion", t.group(1));
        assertEquals("4", t.group(2));
        assertEquals("% of benchmark", t.group(3));
        assertEquals("thresholds.drl", t.group(4));
        // and the cited place is the rule (from its header to its end) whose insert sets that value
        List<String> file = Files.readAllLines(Path.of("rules", "thresholds.drl"));
        int from = Integer.parseInt(t.group(5)) - 1;
        String setting = "insert(new Threshold(\"similar.band.proportion\", 4.0, \"% of benchmark\"));";
        boolean found = false;
        for (int k = from; k < file.size() && !file.get(k).strip().equals("end"); k++) {
            found |= file.get(k).strip().equals(setting);
        }
        assertTrue(found, "thresholds.drl from line " + (from + 1) + " sets " + setting);
    }

    @Test
    void it_names_the_rule_set_version_it_ran_on() {
        // Then
        List<Matcher> versions = matching(VERSION_LINE);
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
    void without_a_comparator_the_trend_and_its_flag_are_explained_down_to_the_rating_fall() {
        // When
        Cli.Result r = Cli.run("explain", "cancer-screening-breast", "--period", "2022/23").assertExit(0);

        // Then the trend and a HIGH flag, explained through the fall in the England rating
        String out = r.out();
        assertTrue(out.contains("\nTREND Worsening: changed -17.9% over 2021 to 2022"), out);
        assertTrue(out.contains("\nFLAG HIGH: trend \"Worsening\" and the England rating fell from GREEN to RED"), out);
        assertTrue(out.contains("rule flag.worsening-and-rating-fell \""), out);
        assertTrue(out.contains("rule trend.england-rating-fell \""), out);
        assertTrue(out.contains("threshold trend.comparable.band = 5 % of earlier value (thresholds.drl:"), out);
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

    private static List<Matcher> matching(Pattern p) {
        List<Matcher> found = new ArrayList<>();
        for (String line : breastScreening.lines()) {
            Matcher m = p.matcher(line);
            if (m.matches()) {
                found.add(m);
            }
        }
        assertFalse(found.isEmpty(), "no line matches " + p + " in:\n" + breastScreening.out());
        return found;
    }

    private static String lineOf(Path file, int line) throws Exception {
        List<String> lines = Files.readAllLines(file);
        assertTrue(line >= 1 && line <= lines.size(), file + " has no line " + line);
        return lines.get(line - 1);
    }
}
