package org.wellbeing.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.wellbeing.testing.Fixtures;

/**
 * Every command that reads a file, given a missing or a malformed one, or an option it does not use: exit 2,
 * nothing on standard output, and one line on standard error, {@code error: FILE: what is wrong} (never a stack
 * trace).
 */
class CliErrorsTest {
    @TempDir
    static Path dir;

    static Path notCsv;
    static Path badData;

    static Path notCsv() throws IOException {
        if (notCsv == null) {
            notCsv = Files.writeString(dir.resolve("notes.csv"), "just some words\nand a second line\n");
        }
        return notCsv;
    }

    /** A copy of the bundled town data whose observations.csv has a row of 3 fields under an 11-column header. */
    static Path badData() {
        if (badData == null) {
            badData = dir.resolve("town");
            Fixtures.copyTree(Path.of("data", "luton"), badData);
            try {
                Files.writeString(badData.resolve("observations.csv"),
                        "indicator_id,period,time_period,value,england,region,nn_rank,nn_of,nn_value,quality,note\n"
                                + "life-expectancy-male,2022/23,2018-20\n");
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return badData;
    }

    static Stream<Arguments> failures() throws IOException {
        String missing = dir.resolve("missing.csv").toString();
        String malformed = notCsv().toString();
        return Stream.of(
                Arguments.of(List.of("trend-parity", missing), "error: " + missing + ": no such file"),
                Arguments.of(List.of("trend-parity", malformed), "error: " + malformed + ":1: missing column(s) "),
                Arguments.of(List.of("rate-fingertips", missing), "error: " + missing + ": no such file"),
                Arguments.of(List.of("rate-fingertips", malformed), "error: notes.csv: missing required columns: "),
                Arguments.of(List.of("fingertips-parity", missing), "error: " + missing + ": no such file"),
                Arguments.of(List.of("fingertips-parity", malformed), "error: notes.csv: missing required columns: "),
                Arguments.of(List.of("compare-published", missing), "error: " + missing + ": no such file"),
                Arguments.of(List.of("compare-published", malformed), "error: notes.csv: missing required columns: "),
                Arguments.of(List.of("report", "--data", dir.resolve("no-such-town").toString()),
                        "error: " + dir.resolve("no-such-town") + ": no such data directory"),
                Arguments.of(List.of("report", "--data", badData().toString()),
                        "error: observations.csv:2: has 3 fields, the header has 11"),
                Arguments.of(List.of("rate-fingertips", dir.toString()), "error: " + dir + ": is a directory, not a file"),
                Arguments.of(List.of("fingertips-parity", "--data", "data/luton", missing),
                        "error: Unknown option: '--data'"),
                Arguments.of(List.of("rate-fingertips", "--data", "/nonexistent", missing),
                        "error: Unknown options: '--data', "),
                Arguments.of(List.of("trend-parity", "--data", "data/luton", missing),
                        "error: Unknown options: '--data', "),
                Arguments.of(List.of("report", "--format", "xml"), "error: Invalid value for option '--format': "));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failures")
    void a_bad_file_or_option_is_one_error_line_and_exit_2(List<String> args, String start) {
        Cli.Result r = Cli.run(args.toArray(String[]::new));

        assertEquals(2, r.exit(), () -> "stdout:\n" + r.out() + "\nstderr:\n" + r.err());
        assertEquals("", r.out());
        List<String> lines = r.err().lines().toList();
        assertEquals(1, lines.size(), r.err());
        assertTrue(lines.get(0).startsWith(start), lines.get(0));
    }
}
