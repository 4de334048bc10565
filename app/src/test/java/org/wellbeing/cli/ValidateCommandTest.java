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
import org.wellbeing.testing.SmallRules;

/** {@code validate}: the rules compile and give exactly one outcome per comparison, or the problems name file and line. */
class ValidateCommandTest {
    private static final Pattern PROBLEM_LINE = Pattern.compile("^compare/x\\.drl:(\\d+): (.+)$");

    @Test
    void whenTheBundledRulesAreValidated_thenExitZeroOkAndEveryRuleIsReachedByTheDataOrAScenario() throws Exception {
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
        List<String> lines = run.outLines().subList(1, run.outLines().size());
        assertTrue(lines.stream().allMatch(l -> l.matches("[^:]+:\\d+: warning: .+")), run.out());
        // and every bundled rule and threshold is exercised by the data or a scenario of rules/tests/
        assertEquals(List.of(),
                lines.stream().filter(l -> l.contains("nor in any scenario"))
                        .map(l -> l.replaceAll(":\\d+: warning:", ":").replaceAll(" (never fired|\\(read in|was matched).*", ""))
                        .toList(), run.out());
    }

    @Test
    void whenARuleFiresNeitherOnTheDataNorInAScenario_thenItIsAWarningAtItsLineAndAScenarioThatReachesItIsNamed(
            @TempDir Path rules) throws Exception {
        // Given the tests' small rule set, whose rule for observations without a value the town's data never reaches
        Fixtures.copyTree(SmallRules.DIR, rules);
        Files.createDirectories(rules.resolve("tests"));
        int line = Fixtures.lineOfFile(rules.resolve(SmallRules.COMPARE), "rule \"Test: the area has no value\"");

        // When the copy is validated with no scenario in its tests/
        Cli.Run run = Cli.run("validate", "--rules", rules.toString());

        // Then a warning at the rule's line, and exit 0
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.outLines().contains(SmallRules.COMPARE + ":" + line + ": warning: rule \"Test: the area has no value\" "
                + "never fired on data/luton, nor in any scenario"), run.out());

        // When a scenario in its tests/ reaches the rule
        Files.writeString(rules.resolve("tests/no-value.yaml"), """
                scenarios:
                  - name: No value is not compared
                    indicator: life-expectancy-male
                    observations:
                      - {period: 2022/23, england: 80.0}
                    expect:
                      england: {outcome: NOT_COMPARED, rule: test.no-value}
                """);
        Cli.Run again = Cli.run("validate", "--rules", rules.toString());

        // Then the warning names the scenario file that exercises it
        assertEquals(0, again.exitCode(), again.err());
        assertTrue(again.outLines().contains(SmallRules.COMPARE + ":" + line + ": warning: rule \"Test: the area has no value\" "
                + "never fired on data/luton; scenarios exercise it (tests/no-value.yaml)"), again.out());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            rules/syntax-error.drl      | then
            rules/unknown-field.drl     | vlaue > 1
            rules/unknown-threshold.drl | Threshold( name ==
            """)
    void whenACopyOfTheRulesHasABrokenFile_thenExitOneAndStderrNamesFileAndLine(
            String fixture, String brokenLine, @TempDir Path rules) throws Exception {
        // Given a copy of a rule set with the broken fixture added as compare/x.drl
        Fixtures.copyTree(SmallRules.DIR, rules);
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
        // Given a copy of the small rule set with its rule for values within the band repeated under a new name
        // in compare/extra.drl
        Fixtures.copyTree(SmallRules.DIR, rules);
        String copy = BundledRules.ruleText(Files.readString(rules.resolve(SmallRules.COMPARE)), "Test: within the band")
                .replace("rule \"Test: within the band\"", "rule \"Similar, once more\"")
                .replace("@id(\"test.similar\")", "@id(\"extra.similar-once-more\")");
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
        // Given a copy of a rule set declaring a threshold no rule reads
        Fixtures.copyTree(SmallRules.DIR, rules);
        Path thresholds = rules.resolve(SmallRules.THRESHOLDS);
        String text = Files.readString(thresholds);
        text = text.replace("    " + SmallRules.BAND,
                "    insert(new Threshold(\"similar.band.unused\", 3.0, \"% of benchmark\"));\n    " + SmallRules.BAND);
        Files.writeString(thresholds, text);
        int line = (int) text.substring(0, text.indexOf("similar.band.unused")).chars().filter(c -> c == '\n').count() + 1;

        // When the copy is validated
        Cli.Run run = Cli.run("validate", "--rules", rules.toString());

        // Then a warning at the threshold's line, and exit 0
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.outLines().contains(SmallRules.THRESHOLDS + ":" + line
                + ": warning: threshold \"similar.band.unused\" is declared but no rule reads it"), run.out());
    }

    @Test
    void whenARuleIsMissing_thenTheGapsAreErrorsAndItExits1(@TempDir Path rules) throws Exception {
        // Given a copy of the small rule set without its rule for values within the band
        Fixtures.copyTree(SmallRules.DIR, rules);
        Path compare = rules.resolve(SmallRules.COMPARE);
        Files.writeString(compare, BundledRules.withoutRule(Files.readString(compare), "Test: within the band"));

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
