package org.wellbeing.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code fingertips-parity} over the four shared "all data" downloads (SOURCES.md files 1, 2, 3 and 5; not the
 * 15-column FingertipsNext extract): the engine reproduces every official England and region comparison.
 * The command takes 15-30 s, so it runs once for the class.
 */
class FingertipsParityCliTest {

    static final List<String> FILES = List.of(
            "campylobacter_93356_CountyUA_2015-2017.csv",
            "eastmidlands_drugsandmentalhealth_CountyUApre419.csv",
            "eastofengland_cypmh_CountyUA.csv",
            "obesity_adults_93881_all_areas_2015-16_to_2023-24.csv");

    static List<Path> paths;
    static Cli.Result result;

    @BeforeAll
    static void runTheParityCheckOnce() {
        // Given the four downloads, when fingertips-parity runs over them
        paths = FILES.stream().map(Cli::sharedFingertips).toList();
        result = Cli.run(Stream.concat(Stream.of("fingertips-parity"), paths.stream().map(Path::toString))
                .toArray(String[]::new));
    }

    @Test
    void every_official_comparison_is_matched_and_the_exit_code_is_0() {
        // Then the last line is the total, all matched
        List<String> lines = result.lines();
        assertEquals("parity: 5978/5978", lines.get(lines.size() - 1), result.out());
        result.assertExit(0);
        assertEquals("", result.err());
    }

    @Test
    void each_file_gets_one_matched_line_in_the_order_given_and_nothing_else() {
        // Then one "FILE: matched M of N" line per file, M == N, and no mismatch lines
        List<String> lines = result.lines();
        assertEquals(FILES.size() + 1, lines.size(), result.out());
        int total = 0;
        for (int k = 0; k < FILES.size(); k++) {
            String line = lines.get(k);
            String prefix = paths.get(k) + ": matched ";
            assertTrue(line.startsWith(prefix), line);
            String[] counts = line.substring(prefix.length()).split(" of ");
            assertEquals(2, counts.length, line);
            assertEquals(counts[1], counts[0], line);
            total += Integer.parseInt(counts[1]);
        }
        assertEquals(5978, total);
    }

    @Test
    void the_per_file_counts_are_the_official_labels_each_file_carries() {
        // Then each file's count is its rows with an official England and/or region label:
        // campylobacter 852 rows x 2 comparators, East Midlands 87 x 2, East of England 130 x 2,
        // obesity 3840 rows x England only (its 27-column layout has no region label)
        List<String> lines = result.lines();
        assertEquals(paths.get(0) + ": matched 1704 of 1704", lines.get(0));
        assertEquals(paths.get(1) + ": matched 174 of 174", lines.get(1));
        assertEquals(paths.get(2) + ": matched 260 of 260", lines.get(2));
        assertEquals(paths.get(3) + ": matched 3840 of 3840", lines.get(3));
    }
}
