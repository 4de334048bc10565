package org.wellbeing.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * bin/wellbeing (README, "The launcher") on the packaged jar: from another directory it gives what the program
 * gives, records its class-data archive only after a good run, and a damaged archive never breaks a run.
 */
class LauncherIT {
    private static final Path LAUNCHER = Path.of("bin", "wellbeing").toAbsolutePath();
    private static final String RULES = Path.of("rules").toAbsolutePath().toString();
    private static final String DATA = Path.of("data", "luton").toAbsolutePath().toString();

    @TempDir Path work;

    @Test
    void recordsAnArchiveOnAGoodRunAndAnswersAsTheProgramDoes() throws Exception {
        List<String> report = List.of("report", "--period", "2022/23", "--rules", RULES, "--data", DATA);
        String expected = inProcess(report);
        Path archive = work.resolve("cds").resolve("wellbeing-engine.jsa");

        Ran usageError = launch(List.of("report", "--period", "1999/00", "--rules", RULES, "--data", DATA));
        assertEquals(2, usageError.exit, usageError.err);
        assertFalse(Files.exists(archive), "a failed run records no archive");

        Ran first = launch(report);
        assertEquals(0, first.exit, first.err);
        assertEquals(expected, first.out);
        // recorded after the run, by the same command run again in the background (README, "The launcher")
        Path recording = work.resolve("cds").resolve("wellbeing-engine.jsa.recording");
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while ((!Files.exists(archive) || Files.exists(recording)) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertTrue(Files.size(archive) > 0, "the first good run has the archive recorded");
        assertFalse(Files.exists(recording), "and the recorder is done");
        Ran second = launch(report);
        assertEquals(0, second.exit, second.err);
        assertEquals(expected, second.out);
        assertEquals("", second.err);
    }

    @Test
    void aDamagedArchiveCostsSpeedNotTheRun() throws Exception {
        List<String> report = List.of("report", "--period", "2022/23", "--format", "csv", "--rules", RULES, "--data", DATA);
        String expected = inProcess(report);
        Path cds = Files.createDirectories(work.resolve("cds"));
        byte[] junk = "not an archive".getBytes(StandardCharsets.US_ASCII);
        Files.write(cds.resolve("wellbeing-engine.jsa"), junk);
        Files.writeString(cds.resolve("wellbeing-engine.jsa.size"), junk.length + "\n");

        Ran run = launch(report);
        assertEquals(0, run.exit, run.err);
        assertEquals(expected, run.out);
        assertEquals("", run.err);
    }

    private record Ran(int exit, String out, String err) {}

    private Ran launch(List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(LAUNCHER.toString()));
        command.addAll(args);
        Path out = work.resolve("out.txt");
        Path err = work.resolve("err.txt");
        ProcessBuilder pb = new ProcessBuilder(command).directory(work.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().put("WELLBEING_CDS_DIR", work.resolve("cds").toString());
        pb.environment().put("WELLBEING_RULE_CACHE", work.resolve("rule-cache").toString());
        pb.environment().put("PATH", Path.of(System.getProperty("java.home"), "bin") + ":" + System.getenv("PATH"));
        Process p = pb.start();
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "launcher finished");
        return new Ran(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    private static String inProcess(List<String> args) {
        StringWriter out = new StringWriter();
        Main.run(args.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(new StringWriter(), true));
        return out.toString();
    }
}
