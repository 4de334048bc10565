package org.wellbeing.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.wellbeing.audit.AuditStore;
import org.wellbeing.service.Replay;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Re-runs a stored evaluation under the rules it used and reports whether every result is identical. */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = "Re-run a stored evaluation under the rule files it used; exit 0 when every result is identical.")
final class ReplayCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "EVALUATION_ID", description = "id of a stored evaluation")
    String evaluationId;

    @Option(names = "--db", paramLabel = "FILE", description = "audit database (default: ${DEFAULT-VALUE})")
    Path db = Path.of("var", "audit.db");

    @Override
    public Integer call() throws Exception {
        try (AuditStore store = AuditStore.openExisting(db)) {
            Replay.Result result = Replay.run(store, evaluationId);
            spec.commandLine().getOut().print(result.render());
            spec.commandLine().getOut().flush();
            return result.identical() ? 0 : 1;
        }
    }
}
