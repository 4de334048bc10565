package org.wellbeing.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.wellbeing.audit.AuditStore;
import org.wellbeing.audit.VerificationReport;
import org.wellbeing.audit.checkpoint.CheckpointLog;
import org.wellbeing.audit.checkpoint.SignedVerification;
import org.wellbeing.audit.checkpoint.SigningKey;
import org.wellbeing.rules.RuleFiles;
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
            description = {"Walk the hash chain of the audit database and check the stored rule sets;"
                    + " exit 1 when a record or rule file was edited or deleted.",
                    "With --public-key, also check the chain against the signed checkpoint log: this catches a"
                            + " deleted tail, a consistently rewritten chain and records appended without the key."})
    static final class Verify implements Callable<Integer> {
        @Spec CommandSpec spec;

        @Option(names = "--db", paramLabel = "FILE", description = "audit database (default: ${DEFAULT-VALUE})")
        Path db = Path.of("var", "audit.db");

        @Option(names = "--expect-head", paramLabel = "HASH",
                description = "a head hash noted earlier: also detects deletion of the newest records")
        String expectedHead;

        @Option(names = "--public-key", paramLabel = "FILE",
                description = "the checkpoint public key (keygen's FILE.pub): verify against the signed checkpoints")
        Path publicKey;

        @Option(names = "--checkpoints", paramLabel = "FILE",
                description = "checkpoint log (default: the database's path + .checkpoints); needs --public-key")
        Path checkpoints;

        @Override
        public Integer call() {
            if (checkpoints != null && publicKey == null) {
                throw new IllegalArgumentException("--checkpoints needs --public-key: checkpoints are only checked"
                        + " against the key that signed them");
            }
            try (AuditStore store = AuditStore.openExisting(db)) {
                VerificationReport report;
                if (publicKey != null) {
                    Path log = checkpoints != null ? checkpoints : CheckpointLog.besides(db);
                    report = SignedVerification.verify(store, log, SigningKey.readPublic(publicKey), RuleFiles::version);
                } else {
                    report = store.verify().with(store.verifyRuleSets(RuleFiles::version));
                }
                if (expectedHead != null) {
                    report = report.with(store.verify(expectedHead).problems().stream()
                            .filter(p -> p.kind() == org.wellbeing.audit.ChainProblem.Kind.HEAD_MISSING).toList());
                }
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
