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
 * edits with the rules. A Java test naming a bundled rule's title pins policy where the officer never looks: a
 * reworded title, or a changed threshold that moves a rating to another rule, would turn {@code mvn test} red.
 * This test fails on any {@code src/test/java} source that contains the title of a rule in {@code rules/}.
 */
class NoRuleTitlesInJavaTestsTest {
    private static final Pattern TITLE = Pattern.compile("(?m)^\\s*rule\\s+\"([^\"]+)\"");

    @Test
    void no_java_test_source_names_a_bundled_rule_title() {
        Set<String> titles = titles(Path.of("rules"));
        assertTrue(titles.size() > 10, "the bundled rule titles were not read: " + titles);

        List<String> found = mentions(Path.of("src", "test", "java"), titles);

        assertEquals(List.of(), found, "Java tests naming bundled rule titles (write a scenario in rules/tests/"
                + " instead, or test the mechanics on a rule set of the test's own)");
    }

    @Test
    void the_check_finds_a_title_in_a_java_source_and_names_file_and_line(@TempDir Path dir) throws IOException {
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
        Files.writeString(dir.resolve("java/org/x/MechanicsTest.java"), "class MechanicsTest { String id = \"x.worse\"; }\n");

        // When the check reads the titles and scans the sources
        Set<String> titles = titles(dir.resolve("rules"));
        List<String> found = mentions(dir.resolve("java"), titles);

        // Then it names the one source, its line and the title
        assertEquals(Set.of("Worse: the area is below the benchmark"), titles);
        assertEquals(List.of(Path.of("org/x/PinsPolicyTest.java") + ":3: Worse: the area is below the benchmark"),
                found);
    }

    /** The titles of the rules in every {@code .drl} file under {@code rulesDir}. */
    static Set<String> titles(Path rulesDir) {
        Set<String> titles = new TreeSet<>();
        for (Path file : files(rulesDir, ".drl")) {
            Matcher m = TITLE.matcher(read(file));
            while (m.find()) {
                titles.add(m.group(1));
            }
        }
        return titles;
    }

    /** {@code FILE:LINE: title} for every line of a {@code .java} file under {@code sources} that names a title. */
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
