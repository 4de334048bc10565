package org.wellbeing.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.wellbeing.testing.SharedFiles;

/** Runs the command line in-process, as {@code java -jar wellbeing-engine.jar ARGS} would from the repository root. */
final class Cli {

    /** What one run gave: the exit code and everything printed. */
    record Result(int exit, String out, String err) {
        /** stdout split into lines. */
        List<String> lines() {
            return out.lines().toList();
        }

        /** stdout read as CSV with a header row. */
        List<CSVRecord> csv() {
            try {
                return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                        .parse(new StringReader(out)).getRecords();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** The first line of stdout. */
        String header() {
            return out.lines().findFirst().orElse("");
        }

        /** Fails with both streams shown unless the exit code is as expected. */
        Result assertExit(int expected) {
            assertEquals(expected, exit, () -> "exit code; stdout:\n" + out + "\nstderr:\n" + err);
            return this;
        }
    }

    private Cli() {}

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit;
        try (PrintWriter o = new PrintWriter(out); PrintWriter e = new PrintWriter(err)) {
            exit = Main.run(args, o, e);
        }
        return new Result(exit, out.toString(), err.toString());
    }

    /** A shared Fingertips extract (see {@link SharedFiles}). */
    static Path sharedFingertips(String name) {
        return SharedFiles.fingertips(name);
    }

    /** A fixture under src/test/resources. */
    static Path fixture(String path) {
        try {
            return Path.of(Cli.class.getResource("/" + path).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("no test resource " + path, e);
        }
    }
}
