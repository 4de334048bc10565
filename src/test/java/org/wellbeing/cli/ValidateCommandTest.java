package org.wellbeing.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.wellbeing.io.town.TownDatasetReader;
import org.wellbeing.rules.RuleBase;
import org.wellbeing.testing.BundledRules;
import org.wellbeing.testing.Cli;
import org.wellbeing.testing.Fixtures;

/** {@code validate}: the rules compile and give exactly one outcome per comparison, or the problems name file and line. */
class ValidateCommandTest {
    private static final Pattern PROBLEM_LINE = Pattern.compile("^compare/x\\.drl:(\\d+): (.+)$");

    @Test
    void whenTheBundledRulesAreValidated_thenExitZeroAndOk() throws Exception {
        // Given the bundled rules and data (108 observations, each against 4 comparators)
        RuleBase rules = BundledRules.ruleBase();
        int comparisons = TownDatasetReader.read(Path.of("data", "luton")).facts().observations().size() * 4;

        // When they are validated
        Cli.Run run = Cli.run("validate");

        // Then OK, with exactly one outcome per comparison, then the warnings (standard error stays empty)
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.err());
        int warnings = run.outLines().size() - 1;
        assertEquals(String.format("OK: %d rules in %d files (rule set %s); %d comparisons on %s, each with exactly one outcome; %d warnings",
                rules.rules().size(), rules.files().size(), rules.shortVersion(), comparisons, Path.of("data", "luton"),
                warnings), run.outLines().get(0));
    }

    @Test
    void whenTheBundledRulesAreValidated_thenRulesTheDataDoesNotReachAreWarningsNamingTheScenariosThatDo() {
        Cli.Run run = Cli.run("validate");

        assertEquals(0, run.exitCode(), run.err());
        List<String> warnings = run.outLines().subList(1, run.outLines().size());
        assertTrue(warnings.stream().allMatch(l -> l.matches("[^:]+:\\d+: warning: .+")), run.out());
        assertTrue(warnings.stream().anyMatch(l -> l.matches("compare/two-level\\.drl:\\d+: warning: rule \"Two-level: "
                + "similar, benchmark inside the 95% confidence interval\" never fired on data/luton; scenarios exercise "
                + "it \\(tests/compare/two-level\\.yaml\\)")), run.out());
        assertTrue(warnings.stream().anyMatch(l -> l.matches("thresholds\\.drl:\\d+: warning: threshold "
                + "\"trend\\.significance\\.chi2\" \\(read in trend/recent-trend\\.drl\\) was matched by no firing on "
                + "data/luton.*")), run.out());
        // Every default rule and threshold is exercised by the data or a scenario
        assertEquals(List.of(),
                warnings.stream().filter(l -> l.contains("nor in any scenario"))
                        .map(l -> l.replaceAll(":\\d+: warning:", ":").replaceAll(" (never fired|\\(read in|was matched).*", ""))
                        .toList(), run.out());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            rules/syntax-error.drl      | then
            rules/unknown-field.drl     | vlaue > 1
            rules/unknown-threshold.drl | Threshold( name ==
            """)
    void whenACopyOfTheRulesHasABrokenFile_thenExitOneAndStderrNamesFileAndLine(
            String fixture, String brokenLine, @TempDir Path rules) throws Exception {
        // Given a copy of rules/ with the broken fixture added as compare/x.drl
        Fixtures.copyTree(BundledRules.DIR, rules);
        Files.writeString(rules.resolve("compare/x.drl"), Fixtures.text(fixture));

        // When the copy is validated
        Cli.Run run = Cli.run("validate", "--rules", rules.toString());

        // Then exit 1, and stderr has a line "compare/x.drl:N: ..." at the broken line
        assertEquals(1, run.exitCode(), run.err());
        int expected = Fixtures.lineOf(fixture, brokenLine);
        boolean found = false;
        for (String line : run.errLines()) {
            Matcher m = PROBLEM_LINE.matcher(line);
            if (m.matches() && Integer.parseInt(m.group(1)) == expected) {
                found = true;
            }
        }
        assertTrue(found, "expected compare/x.drl:" + expected + ": ... in\n" + run.err());
        assertTrue(run.errLines().stream().allMatch(l -> l.startsWith("compare/x.drl:")), run.err());
    }

    @Test
    void whenACopyOfTheRulesHasAConflictingRule_thenExitOneAndEachConflictNamesTheExtraFile(@TempDir Path rules)
            throws Exception {
        // Given a copy of rules/ with "Similar to the benchmark" repeated under a new name in compare/extra.drl
        Fixtures.copyTree(BundledRules.DIR, rules);
        String copy = BundledRules.ruleText(Files.readString(rules.resolve("compare/polarity.drl")),
                        "Similar to the benchmark")
                .replace("rule \"Similar to the benchmark\"", "rule \"Similar, once more\"")
                .replace("@id(\"compare.similar\")", "@id(\"extra.similar-once-more\")");
        Files.writeString(rules.resolve("compare/extra.drl"),
                "package wellbeing;\n\nimport org.wellbeing.model.*;\n\n" + copy + "\n");

        // When the copy is validated on the bundled data
        Cli.Run run = Cli.run("validate", "--rules", rules.toString());

        // Then exit 1, FAILED, every stderr line is a conflict, and every conflict of outcomes names the
        // copy in compare/extra.drl (a doubled rating can double a worsening flag downstream, reported too)
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("FAILED: " + run.errLines().size() + " problems"), run.out());
        List<String> outcomeConflicts = run.errLines().stream().filter(l -> l.contains(": conflict: 2 outcomes for ")).toList();
        assertFalse(outcomeConflicts.isEmpty(), run.err());
        for (String line : run.errLines()) {
            assertTrue(line.contains(": conflict: "), line);
        }
        for (String line : outcomeConflicts) {
            assertTrue(line.contains("\"Similar, once more\" (compare/extra.drl:5)"), line);
        }
    }

    @Test
    void whenAThresholdIsDeclaredThatNoRuleReads_thenItIsAWarningAtItsLine(@TempDir Path rules) throws Exception {
        // Given a copy of rules/ declaring a threshold no rule reads
        Fixtures.copyTree(BundledRules.DIR, rules);
        Path thresholds = rules.resolve("thresholds.drl");
        String text = Files.readString(thresholds);
        text = text.replace("    insert(new Threshold(\"trend.comparable.band\"",
                "    insert(new Threshold(\"similar.band.unused\", 3.0, \"% of benchmark\"));\n"
                        + "    insert(new Threshold(\"trend.comparable.band\"");
        Files.writeString(thresholds, text);
        int line = (int) text.substring(0, text.indexOf("similar.band.unused")).chars().filter(c -> c == '\n').count() + 1;

        // When the copy is validated
        Cli.Run run = Cli.run("validate", "--rules", rules.toString());

        // Then a warning at the threshold's line, and exit 0
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.outLines().contains("thresholds.drl:" + line
                + ": warning: threshold \"similar.band.unused\" is declared but no rule reads it"), run.out());
    }

    @Test
    void whenARuleFiresNeitherOnTheDataNorInAScenario_thenItIsAWarningAtItsLine(@TempDir Path rules) throws Exception {
        // Given a copy of rules/ with a rule no data or scenario can reach
        Fixtures.copyTree(BundledRules.DIR, rules);
        Files.writeString(rules.resolve("compare").resolve("dead.drl"), """
                package wellbeing;
                import org.wellbeing.model.*;

                rule "Goal: a goal of minus one, never met"
                when
                    $i : Indicator( goal != null, goalLower == -1.0 )
                then
                end
                """);

        // When the copy is validated
        Cli.Run run = Cli.run("validate", "--rules", rules.toString());

        // Then a warning at the rule's line, and exit 0
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.outLines().contains("compare/dead.drl:4: warning: rule \"Goal: a goal of minus one, never met\" "
                + "never fired on data/luton, nor in any scenario"), run.out());
    }

    @Test
    void whenARuleIsMissing_thenTheGapsAreErrorsAndItExits1(@TempDir Path rules) throws Exception {
        // Given a copy of rules/ without "Similar to the benchmark"
        Fixtures.copyTree(BundledRules.DIR, rules);
        Path polarity = rules.resolve("compare").resolve("polarity.drl");
        Files.writeString(polarity, BundledRules.withoutRule(Files.readString(polarity), "Similar to the benchmark"));

        // When the copy is validated
        Cli.Run run = Cli.run("validate", "--rules", rules.toString());

        // Then the gaps are errors on standard error, and exit 1
        assertEquals(1, run.exitCode());
        assertTrue(run.out().startsWith("FAILED: "), run.out());
        assertTrue(run.err().contains(": gap: no rule gave an outcome for "), run.err());
    }

    @Test
    void whenACatalogueIndicatorHasNoObservations_thenItIsAWarningAtItsCatalogueLine(@TempDir Path data) throws Exception {
        // Given a copy of the data whose catalogue has an indicator never observed
        Fixtures.copyTree(Path.of("data", "luton"), data);
        Path catalogue = data.resolve("indicators.csv");
        Files.writeString(catalogue, Files.readString(catalogue)
                + "never-observed,Never observed,percent,PROPORTION,HIGH_IS_GOOD,Reasoned: a test,,CONFIDENCE_INTERVALS,,,,,\n");
        int line = Files.readAllLines(catalogue).size();

        // When the bundled rules are validated on it
        Cli.Run run = Cli.run("validate", "--data", data.toString());

        // Then a warning at the indicator's line, and exit 0
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("indicators.csv:" + line + ": warning: indicator never-observed has no observations"),
                run.out());
    }
}
