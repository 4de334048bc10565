package org.wellbeing.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wellbeing.testing.Cli;
import org.wellbeing.testing.Fixtures;
import org.wellbeing.testing.SmallRules;

/** test-rules: its summary line and exit codes. */
class TestRulesCommandTest {

    @Test
    void whenTheBundledScenariosRun_thenAllPassAndTheLastLineSaysSo() {
        Cli.Run run = Cli.run("test-rules");

        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertTrue(last(run).matches("\\d+ passed, 0 failed"), last(run));
        long passed = run.outLines().stream().filter(l -> l.startsWith("PASS  rules/tests/")).count();
        assertEquals(last(run), passed + " passed, 0 failed");
    }

    @Test
    void whenAScenarioExpectsAWrongOutcome_thenItFailsNamingTheScenarioAndExits1(@TempDir Path dir) throws Exception {
        // Given the tests' small rule set (a band of 10% of the benchmark) and a scenario expecting SIMILAR where
        // its rules give HIGHER (100 is 25% above 80)
        Path rules = dir.resolve("rules");
        Fixtures.copyTree(SmallRules.DIR, rules);
        Path tests = dir.resolve("tests");
        Files.createDirectories(tests);
        Files.writeString(tests.resolve("wrong.yaml"), """
                scenarios:
                  - name: 25% above wrongly expected within the band
                    indicator: life-expectancy-male
                    observations:
                      - {period: 2022/23, value: 100.0, england: 80.0}
                    expect:
                      england: SIMILAR
                  - name: 5% above is within the band
                    indicator: life-expectancy-male
                    observations:
                      - {period: 2022/23, value: 84.0, england: 80.0}
                    expect:
                      england: SIMILAR
                """);

        // When the scenarios run on those rules
        Cli.Run run = Cli.run("test-rules", "--rules", rules.toString(), "--tests", tests.toString());

        // Then exit 1, the failing scenario named with its file and line, and the rule that gave HIGHER
        assertEquals(1, run.exitCode(), run.out() + run.err());
        assertEquals("1 passed, 1 failed", last(run));
        assertTrue(run.out().contains("FAIL  " + tests.resolve("wrong.yaml").toString().replace('\\', '/')
                + ":2: 25% above wrongly expected within the band"), run.out());
        int line = Fixtures.lineOfFile(SmallRules.DIR.resolve(SmallRules.COMPARE), "rule \"Test: above the band\"");
        assertTrue(run.out().contains("line 7: england 2022/23: expected SIMILAR, got HIGHER by method TOLERANCE from rule "
                + "test.higher \"Test: above the band\" (" + SmallRules.COMPARE + ":" + line + ")"), run.out());
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
