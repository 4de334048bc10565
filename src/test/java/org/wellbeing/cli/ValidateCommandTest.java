package org.wellbeing.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** validate: errors exit 1, warnings (FILE:LINE: warning: ...) leave the exit code at 0. */
class ValidateCommandTest {

    @Test
    void whenTheBundledRulesAreValidated_thenRulesTheDataDoesNotReachAreWarningsNamingTheScenariosThatDo() {
        CliRun run = CliRun.of("validate");

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("OK: "), run.out());
        assertTrue(run.out().strip().matches(".*; \\d+ warnings"), run.out());
        List<String> warnings = run.err().lines().toList();
        assertTrue(warnings.stream().allMatch(l -> l.matches("[^:]+:\\d+: warning: .+")), run.err());
        assertTrue(warnings.stream().anyMatch(l -> l.matches("compare/two-level\\.drl:\\d+: warning: rule \"Two-level: "
                + "similar, benchmark inside the 95% confidence interval\" never fired on data/luton; scenarios exercise "
                + "it \\(tests/compare/two-level\\.yaml\\)")), run.err());
        assertTrue(warnings.stream().anyMatch(l -> l.matches("thresholds\\.drl:\\d+: warning: threshold "
                + "\"trend\\.significance\\.chi2\" \\(read in trend/recent-trend\\.drl\\) was matched by no firing on "
                + "data/luton.*")), run.err());
        assertFalse(run.err().contains("nor in any scenario"), "every default rule is exercised by some scenario");
    }

    @Test
    void whenAThresholdIsDeclaredThatNoRuleReads_thenItIsAWarningAtItsLine(@TempDir Path rules) throws Exception {
        WhatIfCommandTest.copy(Path.of("rules"), rules);
        Path thresholds = rules.resolve("thresholds.drl");
        String text = Files.readString(thresholds);
        text = text.replace("    insert(new Threshold(\"trend.comparable.band\"",
                "    insert(new Threshold(\"similar.band.unused\", 3.0, \"% of benchmark\"));\n"
                        + "    insert(new Threshold(\"trend.comparable.band\"");
        Files.writeString(thresholds, text);
        int line = lineOf(text, "similar.band.unused");

        CliRun run = CliRun.of("validate", "--rules", rules.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("thresholds.drl:" + line
                + ": warning: threshold \"similar.band.unused\" is declared but no rule reads it"), run.err());
    }

    @Test
    void whenARuleFiresNeitherOnTheDataNorInAScenario_thenItIsAWarningAtItsLine(@TempDir Path rules) throws Exception {
        WhatIfCommandTest.copy(Path.of("rules"), rules);
        String drl = """
                package wellbeing;
                import org.wellbeing.model.*;

                rule "Goal: a goal of minus one, never met"
                when
                    $i : Indicator( goal != null, goalLower == -1.0 )
                then
                end
                """;
        Files.writeString(rules.resolve("compare").resolve("dead.drl"), drl);

        CliRun run = CliRun.of("validate", "--rules", rules.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("compare/dead.drl:4: warning: rule \"Goal: a goal of minus one, never met\" "
                + "never fired on data/luton, nor in any scenario"), run.err());
    }

    @Test
    void whenARuleIsMissing_thenTheGapsAreErrorsAndItExits1(@TempDir Path rules) throws Exception {
        WhatIfCommandTest.copy(Path.of("rules"), rules);
        Path polarity = rules.resolve("compare").resolve("polarity.drl");
        String text = Files.readString(polarity);
        int start = text.indexOf("rule \"Similar to the benchmark\"");
        int end = text.indexOf("end\n", start) + 4;
        Files.writeString(polarity, text.substring(0, start) + text.substring(end));

        CliRun run = CliRun.of("validate", "--rules", rules.toString());

        assertEquals(1, run.exitCode());
        assertTrue(run.out().startsWith("FAILED: "), run.out());
        assertTrue(run.err().contains(": gap: no rule gave an outcome for "), run.err());
    }

    @Test
    void whenACatalogueIndicatorHasNoObservations_thenItIsAWarningAtItsCatalogueLine(@TempDir Path data) throws Exception {
        WhatIfCommandTest.copy(Path.of("data", "luton"), data);
        Path catalogue = data.resolve("indicators.csv");
        Files.writeString(catalogue, Files.readString(catalogue)
                + "never-observed,Never observed,percent,PROPORTION,HIGH_IS_GOOD,Reasoned: a test,,CONFIDENCE_INTERVALS,,,\n");
        int line = (int) Files.readAllLines(catalogue).size();

        CliRun run = CliRun.of("validate", "--data", data.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("indicators.csv:" + line + ": warning: indicator never-observed has no observations"),
                run.err());
    }

    private static int lineOf(String text, String needle) {
        return (int) text.substring(0, text.indexOf(needle)).chars().filter(c -> c == '\n').count() + 1;
    }
}
