package org.wellbeing.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * docs/statistics.md cannot drift: every {@code $ java -jar target/wellbeing-engine.jar ...} in its sh blocks
 * is run in-process and its output compared with the lines that follow it. A line "..." stands for any
 * number of lines, a line ending in "..." for one line that starts with what precedes it.
 */
class StatisticsGuideTest {
    private static final Path GUIDE = Path.of("docs", "statistics.md");
    private static final String PROMPT = "$ java -jar target/wellbeing-engine.jar ";

    /** One command of the guide and the output it shows. */
    private record Example(int line, String command, List<String> expected) {}

    @Test
    void every_example_in_the_statistics_guide_prints_what_the_guide_shows() throws Exception {
        List<Example> examples = examples(Files.readAllLines(GUIDE));
        assertTrue(examples.size() >= 6, "the guide should show its commands with their output: " + examples);
        for (Example e : examples) {
            String[] args = Arrays.stream(e.command().split("\\s+")).filter(a -> !a.isEmpty()).toArray(String[]::new);
            Cli.Result r = Cli.run(args);
            assertEquals(0, r.exit(), () -> GUIDE + ":" + e.line() + ": exit code of " + e.command() + "\n" + r.err());
            matches(e, r.lines());
        }
    }

    private static List<Example> examples(List<String> lines) {
        List<Example> examples = new ArrayList<>();
        boolean inSh = false;
        Example current = null;
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (!inSh) {
                inSh = l.strip().equals("```sh");
                continue;
            }
            if (l.strip().equals("```")) {
                inSh = false;
                current = null;
            } else if (l.startsWith(PROMPT)) {
                current = new Example(i + 1, l.substring(PROMPT.length()), new ArrayList<>());
                examples.add(current);
            } else if (current != null) {
                current.expected().add(l);
            }
        }
        return examples;
    }

    private static void matches(Example e, List<String> got) {
        int g = 0;
        List<String> expected = e.expected();
        for (int x = 0; x < expected.size(); x++) {
            String want = expected.get(x);
            if (want.equals("...")) {
                String next = x + 1 < expected.size() ? expected.get(x + 1) : null;
                if (next == null) return;
                while (g < got.size() && !lineMatches(next, got.get(g))) g++;
                continue;
            }
            if (g >= got.size()) fail(GUIDE + ":" + e.line() + ": " + e.command() + ": output ended before: " + want + "\ngot:\n" + String.join("\n", got));
            String line = got.get(g++);
            if (!lineMatches(want, line)) {
                fail(GUIDE + ":" + e.line() + ": " + e.command() + ":\nexpected: " + want + "\n     got: " + line);
            }
        }
        assertEquals(g, got.size(), () -> GUIDE + ":" + e.line() + ": " + e.command() + ": more output than the guide shows:\n"
                + String.join("\n", got.subList(Math.min(got.size(), expected.size()), got.size())));
    }

    private static boolean lineMatches(String want, String line) {
        return want.endsWith("...") ? line.startsWith(want.substring(0, want.length() - 3)) : want.equals(line);
    }
}
