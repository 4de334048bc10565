package org.wellbeing.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wellbeing.testing.Cli;

/**
 * docs/board-papers.md is run as written: each {@code $ java -jar target/wellbeing-engine.jar ...} example, in
 * order, in a temporary folder, and its output compared with the one shown. What differs from run to run
 * (evaluation ids, byte counts, record numbers, hashes, times) is compared by its shape; a line {@code ...} stands
 * for lines left out. The README's board-paper example is one of the guide's.
 */
class BoardPapersGuideTest {
    private static final Path GUIDE = Path.of("docs", "board-papers.md");
    private static final String PROMPT = "$ java -jar target/wellbeing-engine.jar ";
    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    @TempDir Path dir;

    record Example(String command, List<String> output) {}

    @Test
    void every_example_of_the_guide_prints_what_the_guide_shows() throws Exception {
        List<Example> examples = examples(Files.readAllLines(GUIDE));
        assertTrue(examples.size() >= 3, "the guide's examples: " + examples);
        Files.createDirectories(dir.resolve("papers"));
        Map<String, String> ids = new HashMap<>();
        for (Example e : examples) {
            String line = e.command();
            for (Map.Entry<String, String> id : ids.entrySet()) line = line.replace(id.getKey(), id.getValue());
            line = line.replace("--out target/", "--out " + dir.resolve("papers") + "/").replace("var/audit.db", dir.resolve("audit.db").toString());
            if (!line.contains("--db ")) line += " --db " + dir.resolve("audit.db"); // the default, var/audit.db, moved here
            Cli.Run run = Cli.run(line.split("\\s+"));
            assertEquals(0, run.exitCode(), e.command() + "\n" + run.err());
            List<String> actual = run.outLines().stream()
                    .map(l -> l.replace(dir.resolve("papers") + "/", "target/").replace(dir.resolve("audit.db").toString(), "var/audit.db"))
                    .toList();
            compare(e, actual, ids);
        }
    }

    @Test
    void the_readme_shows_a_board_paper_command_of_the_guide_and_the_dashboard_download() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        String guide = Files.readString(GUIDE);
        Matcher m = Pattern.compile("java -jar target/wellbeing-engine.jar board-paper [^\\n]*").matcher(readme);
        assertTrue(m.find(), "the README shows board-paper");
        assertTrue(guide.contains(m.group()), "the README's example is run through the guide: " + m.group());
        assertTrue(readme.contains("GET /api/boards/{id}/paper?period=P&format=xlsx"), "the README lists the route");
        assertTrue(readme.contains("docs/board-papers.md"));
    }

    private static void compare(Example e, List<String> actual, Map<String, String> ids) {
        int a = 0;
        boolean skipping = false;
        for (String expected : e.output()) {
            if (expected.equals("...")) {
                skipping = true;
                continue;
            }
            while (skipping && a < actual.size() && !shape(actual.get(a)).equals(shape(expected))) a++;
            assertTrue(a < actual.size(), e.command() + ": the guide shows \"" + expected + "\"; got\n" + String.join("\n", actual));
            assertEquals(shape(expected), shape(actual.get(a)), e.command());
            learnIds(expected, actual.get(a), ids);
            a++;
            skipping = false;
        }
        assertTrue(skipping || a == actual.size(), e.command() + ": more output than the guide shows:\n" + String.join("\n", actual));
    }

    /** The guide's evaluation ids, mapped to this run's, so that a later example can use them. */
    private static void learnIds(String expected, String actual, Map<String, String> ids) {
        Matcher x = UUID.matcher(expected);
        Matcher y = UUID.matcher(actual);
        while (x.find() && y.find()) ids.put(x.group(), y.group());
    }

    private static String shape(String line) {
        return UUID.matcher(line).replaceAll("<id>")
                .replaceAll("\\b[0-9a-f]{64}\\b", "<hash>")
                .replaceAll("\\d{4}-\\d\\d-\\d\\dT[0-9:.]+Z", "<time>")
                .replaceAll("\\d+ bytes", "<n> bytes")
                .replaceAll("audit record \\d+", "audit record <n>");
    }

    private static List<Example> examples(List<String> lines) {
        List<Example> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).startsWith(PROMPT)) continue;
            List<String> output = new ArrayList<>();
            int j = i + 1;
            for (; j < lines.size() && !lines.get(j).startsWith("```") && !lines.get(j).startsWith(PROMPT); j++) {
                output.add(lines.get(j));
            }
            out.add(new Example(lines.get(i).substring(2).replaceFirst("^java -jar target/wellbeing-engine.jar ", ""), output));
            i = j - 1;
        }
        return out;
    }
}
