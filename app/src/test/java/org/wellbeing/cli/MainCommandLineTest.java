package org.wellbeing.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Main builds only the subcommand it is asked for (a start-up saving): what a user sees must be what the full
 * command line gives, for help and for a usage error alike.
 */
class MainCommandLineTest {

    @Test
    void aSubcommandsHelpIsTheSameAsFromTheFullCommandLine() {
        CommandLine fullCommandLine = new CommandLine(new Main());
        for (String name : fullCommandLine.getSubcommands().keySet()) {
            if (name.equals("help")) {
                continue;
            }
            String full = fullCommandLine.getSubcommands().get(name).getUsageMessage();
            Run run = run(name, "--help");
            assertEquals(0, run.exit, name);
            assertEquals(full, run.out, name);
        }
    }

    @Test
    void aBadOptionIsReportedAsBeforeAndNoCommandStillListsThemAll() {
        Run bad = run("report", "--no-such-option");
        assertEquals(Main.BAD_INPUT, bad.exit);
        assertEquals("error: Unknown option: '--no-such-option' (wellbeing-engine report --help lists the options)",
                bad.err.strip());
        Run help = run("--help");
        assertEquals(new CommandLine(new Main()).getUsageMessage(), help.out);
    }

    private record Run(int exit, String out, String err) {}

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(exit, out.toString(), err.toString());
    }
}
