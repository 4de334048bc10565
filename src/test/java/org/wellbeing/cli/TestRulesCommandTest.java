package org.wellbeing.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wellbeing.testing.Cli;

/** test-rules: its summary line and exit codes. */
class TestRulesCommandTest {

    @Test
    void whenTheBundledScenariosRun_thenAllPassAndTheLastLineSaysSo() {
        Cli.Run run = Cli.run("test-rules");

        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertTrue(last(run).matches("\\d+ passed, 0 failed"), last(run));
        assertTrue(run.out().contains("PASS  rules/tests/compare/tolerance.yaml:"), run.out());
    }

    @Test
    void whenAScenarioExpectsAWrongOutcome_thenItFailsNamingTheScenarioAndExits1(@TempDir Path tests) throws Exception {
        // Given a scenario expecting GREEN where the goal rules give AMBER (90 is between 90 and 95)
        Files.writeString(tests.resolve("wrong.yaml"), """
                scenarios:
                  - name: MMR at 90 wrongly expected to meet the goal
                    indicator: vaccination-mmr-2-years
                    observations:
                      - {period: 2022/23, value: 90.0}
                    expect:
                      goal: GREEN
                  - name: MMR at 96 meets the goal
                    indicator: vaccination-mmr-2-years
                    observations:
                      - {period: 2022/23, value: 96.0}
                    expect:
                      goal: GREEN
                """);

        // When the scenarios run on the bundled rules
        Cli.Run run = Cli.run("test-rules", "--tests", tests.toString());

        // Then exit 1, the failing scenario named with its file and line, and the rule that gave AMBER
        assertEquals(1, run.exitCode(), run.out() + run.err());
        assertEquals("1 passed, 1 failed", last(run));
        assertTrue(run.out().contains("FAIL  " + tests.resolve("wrong.yaml").toString().replace('\\', '/')
                + ":2: MMR at 90 wrongly expected to meet the goal"), run.out());
        assertTrue(run.out().contains("line 7: goal 2022/23: expected GREEN, got AMBER by method GOAL from rule "
                + "compare.goal-partly-met-high-good \"Goal partly met: between the lower and upper goal, high is good\""
                + " (compare/goal.drl:"), run.out());
        assertTrue(run.out().contains("PASS  "), run.out());
    }

    @Test
    void whenAScenarioFileCannotBeRead_thenNothingRunsAndItExits2(@TempDir Path tests) throws Exception {
        Files.writeString(tests.resolve("bad.yaml"), """
                scenarios:
                  - name: a bad number
                    indicator: life-expectancy-male
                    observations:
                      - {period: 2022/23, value: seventy}
                    expect:
                      england: RED
                """);

        Cli.Run run = Cli.run("test-rules", "--tests", tests.toString());

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("bad.yaml:5: scenarios[0].observations[0].value: not a number: 'seventy'"),
                run.err());
        assertEquals("", run.out());
    }

    @Test
    void whenTheRulesDoNotCompile_thenItExits1NamingFileAndLine(@TempDir Path rules) throws Exception {
        Files.writeString(rules.resolve("broken.drl"), """
                package wellbeing;
                import org.wellbeing.model.*;
                rule "A broken rule"
                when
                    Observation( valeu > 1 )
                then
                end
                """);
        Files.createDirectories(rules.resolve("tests"));

        Cli.Run run = Cli.run("test-rules", "--rules", rules.toString());

        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("broken.drl:5"), run.err());
    }

    private static String last(Cli.Run run) {
        List<String> lines = run.outLines();
        return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
    }
}
