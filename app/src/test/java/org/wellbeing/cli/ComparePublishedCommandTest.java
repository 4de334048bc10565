package org.wellbeing.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.wellbeing.testing.BundledRules;
import org.wellbeing.testing.Cli;
import org.wellbeing.testing.SharedFiles;

/** {@code compare-published}: agreement with the town's hand-made 2021/22 ratings, per comparator and overall. */
class ComparePublishedCommandTest {
    private static final Pattern COUNT = Pattern.compile("^  (\\w+):\\s+(\\d+)/(\\d+)\\s+agree \\((\\d+\\.\\d)%\\)$");

    @Test
    void whenComparedWithThePublishedRatings_thenALinePerComparatorAndAnOverallLine() {
        // Given the town's published 2021/22 ratings (33 indicators)
        String file = SharedFiles.resolve("data", "luton-published-ratings-2021-22.csv").toString();

        // When the engine's outcomes are compared with them
        Cli.Run run = Cli.run("compare-published", file);

        // Then a title, one line per comparator and an overall line that adds them up
        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = run.outLines();
        assertEquals("Agreement with published ratings", lines.get(0));
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (String line : lines.subList(1, 5)) {
            Matcher m = COUNT.matcher(line);
            assertTrue(m.matches(), line);
            int agreed = Integer.parseInt(m.group(2));
            int total = Integer.parseInt(m.group(3));
            counts.put(m.group(1), new int[] {agreed, total});
            assertEquals(String.format("%.1f", 100.0 * agreed / total), m.group(4), line);
        }
        assertEquals(List.of("england", "region", "neighbours", "overall"), List.copyOf(counts.keySet()));
        for (String c : List.of("england", "region", "neighbours")) {
            assertEquals(33, counts.get(c)[1], c);
        }
        assertEquals(99, counts.get("overall")[1]);
        assertEquals(counts.get("england")[0] + counts.get("region")[0] + counts.get("neighbours")[0],
                counts.get("overall")[0]);
    }

    @Test
    void whenTheEngineDisagrees_thenEachDisagreementNamesTheRule() {
        // Given the town's published 2021/22 ratings
        String file = SharedFiles.resolve("data", "luton-published-ratings-2021-22.csv").toString();

        // When compared
        Cli.Run run = Cli.run("compare-published", file);

        // Then as many disagreements are listed as the overall line counts, each with two different outcomes
        // and the live rule behind the engine's
        Matcher overall = COUNT.matcher(run.outLines().get(4));
        assertTrue(overall.matches(), run.outLines().get(4));
        int disagreements = Integer.parseInt(overall.group(3)) - Integer.parseInt(overall.group(2));
        int header = run.outLines().indexOf("Disagreements (" + disagreements + ")");
        assertTrue(header > 0, run.out());
        List<String> listed = run.outLines().subList(header + 1, run.outLines().size()).stream()
                .takeWhile(l -> l.startsWith("  ")).toList();
        assertEquals(disagreements, listed.size(), run.out());
        Pattern line = Pattern.compile("^  \\S+ \\S+ (england|region|neighbours): published (\\w+), engine (\\w+): .*"
                + "\\[rule \"([^\"]+)\"\\]$");
        for (String l : listed) {
            Matcher m = line.matcher(l);
            assertTrue(m.matches(), l);
            assertNotEquals(m.group(2), m.group(3), l);
            assertTrue(BundledRules.ruleBase().rules().containsKey(m.group(4)), l);
        }
    }
}
