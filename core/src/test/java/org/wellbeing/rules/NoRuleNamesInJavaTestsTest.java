package org.wellbeing.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the bundled rules decide is tested by the YAML scenarios in {@code rules/tests/}, which a policy officer
 * edits with the rules. A Java test naming a bundled rule's title or id pins policy where the officer never looks:
 * a reworded title, or a changed threshold that moves a rating to another rule, would turn {@code mvn test} red.
 * This test fails on any {@code src/test/java} source that contains the title of a rule in {@code rules/}, or its
 * id in quotes.
 */
class NoRuleNamesInJavaTestsTest {
    private static final Pattern TITLE = Pattern.compile("(?m)^\\s*rule\\s+\"([^\"]+)\"");
    private static final Pattern ID = Pattern.compile("@id\\(\"([^\"]+)\"\\)");

    @Test
    void no_java_test_source_names_a_bundled_rule_title_or_id() {
        Set<String> names = names(Path.of("rules"));
        assertTrue(names.size() > 20, "the bundled rule titles and ids were not read: " + names);

        List<String> found = new ArrayList<>();
        for (String module : List.of("core", "app", "bench")) {
            Path tests = Path.of(module, "src", "test", "java");
            assertTrue(Files.isDirectory(tests), "no test sources at " + tests + " (tests run in the repository root)");
            mentions(tests, names).forEach(m -> found.add(module + "/" + m));
        }

        assertEquals(List.of(), found, "Java tests naming bundled rule titles or ids (write a scenario in rules/tests/"
                + " instead, or test the mechanics on a rule set of the test's own)");
    }

    @Test
    void the_check_finds_a_title_or_an_id_in_a_java_source_and_names_file_and_line(@TempDir Path dir) throws IOException {
        // Given a rule file and a Java source that names its rule, and one that does not
        Files.createDirectories(dir.resolve("rules/compare"));
        Files.writeString(dir.resolve("rules/compare/x.drl"), """
                package wellbeing;
                rule "Worse: the area is below the benchmark"
                    @id("x.worse")
                when
                then
                end
                """);
        Files.createDirectories(dir.resolve("java/org/x"));
        Files.writeString(dir.resolve("java/org/x/PinsPolicyTest.java"), """
                class PinsPolicyTest {
                    // the outcome of a made-up rule set
                    String rule = "Worse: the area is below the benchmark";
                }
                """);
        Files.writeString(dir.resolve("java/org/x/PinsByIdTest.java"), "class PinsByIdTest {\n    String id = \"x.worse\";\n}\n");
        Files.writeString(dir.resolve("java/org/x/MechanicsTest.java"), "class MechanicsTest { String id = \"x.worse-still\"; }\n");

        // When the check reads the titles and ids and scans the sources
        Set<String> names = names(dir.resolve("rules"));
        List<String> found = mentions(dir.resolve("java"), names);

        // Then it names the two sources that name the rule, each with its line, and not the other
        assertEquals(Set.of("Worse: the area is below the benchmark", "\"x.worse\""), names);
        assertEquals(List.of(Path.of("org/x/PinsByIdTest.java") + ":2: \"x.worse\"",
                Path.of("org/x/PinsPolicyTest.java") + ":3: Worse: the area is below the benchmark"), found);
    }

    /** The titles, and the ids in quotes, of the rules in every {@code .drl} file under {@code rulesDir}. */
    static Set<String> names(Path rulesDir) {
        Set<String> names = new TreeSet<>();
        for (Path file : files(rulesDir, ".drl")) {
            String text = read(file);
            Matcher title = TITLE.matcher(text);
            while (title.find()) {
                names.add(title.group(1));
            }
            Matcher id = ID.matcher(text);
            while (id.find()) {
                names.add("\"" + id.group(1) + "\"");
            }
        }
        return names;
    }

    /** {@code FILE:LINE: name} for every line of a {@code .java} file under {@code sources} that holds a name. */
    static List<String> mentions(Path sources, Set<String> titles) {
        List<String> found = new ArrayList<>();
        for (Path file : files(sources, ".java")) {
            List<String> lines = read(file).lines().toList();
            for (int i = 0; i < lines.size(); i++) {
                for (String title : titles) {
                    if (lines.get(i).contains(title)) {
                        found.add(sources.relativize(file) + ":" + (i + 1) + ": " + title);
                    }
                }
            }
        }
        return found;
    }

    private static List<Path> files(Path dir, String suffix) {
        try (Stream<Path> paths = Files.walk(dir)) {
            return paths.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
