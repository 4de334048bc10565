package org.wellbeing.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;

/** The command line: one jar, one subcommand per job (the benchmarks are in the bench module's jar, BenchMain). */
@Command(name = "wellbeing-engine", mixinStandardHelpOptions = true, version = "wellbeing-engine 0.1.0",
        description = "Rates a town's wellbeing indicators with Drools rules, flags trends and ranks board priorities.",
        subcommands = {ServeCommand.class, ReportCommand.class, PrioritiesCommand.class, ValidateCommand.class, ComparePublishedCommand.class,
                RateFingertipsCommand.class, FingertipsParityCommand.class, TrendParityCommand.class,
                TrendsCommand.class, ExplainCommand.class, BoardPaperCommand.class, StatsCommand.class, StatsParityCommand.class,
                CiCheckCommand.class, AuditCommand.class, ReplayCommand.class, TestRulesCommand.class, WhatIfCommand.class,
                CatalogueCommand.class, KeygenCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    /** Exit code for bad input (unreadable data, rule files that do not compile, bad arguments). */
    static final int BAD_INPUT = 2;

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs a command with the given output streams and returns its exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return configure(commandLineFor(args), out, err).execute(args);
    }

    /** A command line with these output streams, usage errors as one line (exit 2) and faults as {@link Failures}. */
    static CommandLine configure(CommandLine cli, PrintWriter out, PrintWriter err) {
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((e, arguments) -> {
            err.println("error: " + e.getMessage() + " (" + e.getCommandLine().getCommandSpec().qualifiedName()
                    + " --help lists the options)");
            err.flush();
            return BAD_INPUT;
        });
        cli.setExecutionExceptionHandler((e, commandLine, parsed) -> Failures.report(e, commandLine.getErr()));
        return cli;
    }

    /**
     * The command line for these arguments. When they name a subcommand, only that one is built: picocli builds
     * every subcommand it is given, and inspecting all of them (their options, mixins and the classes those
     * name) is a good part of a usage error's time. Anything else (no command, an option such as --version,
     * help, an unknown name) gets every subcommand, so help and picocli's suggestions stay whole.
     */
    static CommandLine commandLineFor(String[] args) {
        Command top = Main.class.getAnnotation(Command.class);
        Class<?> only = args.length == 0 ? null : subcommandNamed(top, args[0]);
        if (only == null) {
            return new CommandLine(new Main());
        }
        CommandSpec spec = CommandSpec.wrapWithoutInspection(new Main()).name(top.name()).version(top.version())
                .mixinStandardHelpOptions(top.mixinStandardHelpOptions());
        spec.usageMessage().description(top.description());
        CommandLine cli = new CommandLine(spec);
        cli.addSubcommand(new CommandLine(only));
        return cli;
    }

    private static Class<?> subcommandNamed(Command top, String name) {
        for (Class<?> c : top.subcommands()) {
            Command command = c.getAnnotation(Command.class);
            if (c != CommandLine.HelpCommand.class && command != null
                    && (command.name().equals(name) || java.util.Arrays.asList(command.aliases()).contains(name))) {
                return c;
            }
        }
        return null;
    }
}
