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

        // Then OK, with exactly one outcome per comparison
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.err());
        assertEquals(String.format("OK: %d rules in %d files (rule set %s); %d comparisons on %s, each with exactly one outcome%n",
                rules.rules().size(), rules.files().size(), rules.shortVersion(), comparisons, Path.of("data", "luton")),
                run.out());
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
                .replace("rule \"Similar to the benchmark\"", "rule \"Similar, once more\"");
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
}
