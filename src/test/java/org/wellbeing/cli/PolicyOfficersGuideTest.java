package org.wellbeing.cli;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * docs/policy-officers.md stays true to the program: every command it gives is one the command line accepts,
 * and the edits it describes match the bundled files. (The walk-through itself was run as written.)
 */
class PolicyOfficersGuideTest {
    private static final Path GUIDE = Path.of("docs", "policy-officers.md");
    private static final String JAR = "java -jar target/wellbeing-engine.jar ";

    @Test
    void every_command_in_the_guide_is_accepted_by_the_command_line() throws Exception {
        List<String> commands = Files.readAllLines(GUIDE).stream().map(String::strip)
                .map(l -> l.startsWith("$ ") ? l.substring(2) : l).filter(l -> l.startsWith(JAR)).toList();
        assertTrue(commands.size() >= 10, "the guide should give its commands in full: " + commands);
        for (String command : commands) {
            String line = command.substring(JAR.length()).replaceAll("\\s*>\\s*\\S+$", "");
            String[] args = Arrays.stream(line.split("\\s+")).filter(a -> !a.isEmpty()).toArray(String[]::new);
            assertDoesNotThrow(() -> new CommandLine(new Main()).parseArgs(args), command);
        }
    }

    @Test
    void the_threshold_line_and_the_sed_edit_of_the_guide_match_rules_thresholds_drl() throws Exception {
        String guide = Files.readString(GUIDE);
        String thresholds = Files.readString(Path.of("rules", "thresholds.drl"));
        String line = "insert(new Threshold(\"similar.band.proportion\", 4.0, \"% of benchmark\"));";
        assertTrue(guide.contains(line));
        assertTrue(thresholds.contains(line), "rules/thresholds.drl no longer has: " + line);
        assertTrue(guide.contains("s/\"similar.band.proportion\", 4.0/\"similar.band.proportion\", 5.0/"));
    }

    @Test
    void the_scenarios_the_guide_replaces_are_in_rules_tests() throws Exception {
        String tolerance = Files.readString(Path.of("rules", "tests", "compare", "tolerance.yaml"));
        for (String start : List.of("  - name: \"Proportions: within 4%", "  - name: \"Crude rates: ")) {
            assertTrue(tolerance.contains(start), "rules/tests/compare/tolerance.yaml has no " + start);
        }
    }
}
