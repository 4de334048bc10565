package org.wellbeing.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.wellbeing.audit.AuditStore;
import org.wellbeing.audit.VerificationReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The audit trail: verify that no stored evaluation was edited or deleted. */
@Command(name = "audit", mixinStandardHelpOptions = true, description = "Audit trail commands: verify the chain, count what is stored.",
        subcommands = {AuditCommand.Verify.class, AuditCommand.Stats.class, CommandLine.HelpCommand.class})
final class AuditCommand implements Runnable {
    @Spec CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = "Walk the hash chain of the audit database; exit 1 when a record was edited or deleted.")
    static final class Verify implements Callable<Integer> {
        @Spec CommandSpec spec;

        @Option(names = "--db", paramLabel = "FILE", description = "audit database (default: ${DEFAULT-VALUE})")
        Path db = Path.of("var", "audit.db");

        @Option(names = "--expect-head", paramLabel = "HASH",
                description = "a head hash noted earlier: also detects deletion of the newest records")
        String expectedHead;

        @Override
        public Integer call() {
            try (AuditStore store = AuditStore.openExisting(db)) {
                VerificationReport report = expectedHead == null ? store.verify() : store.verify(expectedHead);
                spec.commandLine().getOut().println(report);
                spec.commandLine().getOut().flush();
                return report.intact() ? 0 : 1;
            }
        }
    }

    @Command(name = "stats", mixinStandardHelpOptions = true,
            description = "What the audit database holds: records, stored bytes, bytes per record, file size.")
    static final class Stats implements Callable<Integer> {
        @Spec CommandSpec spec;

        @Option(names = "--db", paramLabel = "FILE", description = "audit database (default: ${DEFAULT-VALUE})")
        Path db = Path.of("var", "audit.db");

        @Override
        public Integer call() {
            try (AuditStore store = AuditStore.openExisting(db)) {
                spec.commandLine().getOut().print(store.stats().render());
                spec.commandLine().getOut().flush();
                return 0;
            }
        }
    }
}
