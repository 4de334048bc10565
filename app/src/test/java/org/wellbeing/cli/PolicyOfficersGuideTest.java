package org.wellbeing.cli;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
        // the guide quotes a line of rules/thresholds.drl and edits it with sed: both must still fit the file
        String guide = Files.readString(GUIDE);
        String thresholds = Files.readString(Path.of("rules", "thresholds.drl"));
        Matcher quoted = Pattern.compile("insert\\(new Threshold\\(\"([^\"]+)\", ([0-9.]+), \"[^\"]*\"\\)\\);").matcher(guide);
        assertTrue(quoted.find(), "the guide quotes no threshold line");
        String line = quoted.group();
        assertTrue(thresholds.contains(line), "rules/thresholds.drl no longer has the line the guide quotes: " + line);
        String from = "\"" + quoted.group(1) + "\", " + quoted.group(2);
        assertTrue(guide.contains("s/" + from + "/\"" + quoted.group(1) + "\", "), "the guide's sed edit does not start from " + from);
    }

    @Test
    void the_scenarios_the_guide_replaces_are_in_rules_tests() throws Exception {
        String tolerance = Files.readString(Path.of("rules", "tests", "compare", "tolerance.yaml"));
        for (String start : List.of("  - name: \"Proportions: within 4%", "  - name: \"Crude rates: ")) {
            assertTrue(tolerance.contains(start), "rules/tests/compare/tolerance.yaml has no " + start);
        }
    }
}
