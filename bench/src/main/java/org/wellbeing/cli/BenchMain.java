package org.wellbeing.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The benchmarks' command line, {@code target/wellbeing-bench.jar} ({@code mvn -Pbench package}): kept out of the
 * shipped jar. The commands sit in the CLI's package to share its options and error handling.
 */
@Command(name = "wellbeing-bench", mixinStandardHelpOptions = true, version = "wellbeing-bench 0.1.0",
        description = "Benchmarks of the Wellbeing Engine (see BENCHMARKS.md).",
        subcommands = {BenchCommand.class, HttpBenchCommand.class, StartBenchCommand.class, CommandLine.HelpCommand.class})
public final class BenchMain implements Runnable {

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs a benchmark command with the given output streams and returns its exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return Main.configure(new CommandLine(new BenchMain()), out, err).execute(args);
    }
}
