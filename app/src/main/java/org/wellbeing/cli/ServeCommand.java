package org.wellbeing.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.wellbeing.audit.AuditStore;
import org.wellbeing.audit.VerificationReport;
import org.wellbeing.audit.checkpoint.CheckpointLog;
import org.wellbeing.audit.checkpoint.Checkpointer;
import org.wellbeing.audit.checkpoint.SignedVerification;
import org.wellbeing.audit.checkpoint.SigningKey;
import org.wellbeing.rules.RuleFiles;
import org.wellbeing.rules.RulesWatcher;
import org.wellbeing.service.Services;
import org.wellbeing.web.Safeguards;
import org.wellbeing.web.WebServer;
import org.wellbeing.web.WebSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Runs the HTTP service until the process is stopped. Rules must compile and validate to start; every
 * evaluation is stored in the audit database before it is answered. Unless {@code --no-watch} is given, the
 * rules directory is watched: a change that compiles and validates goes live on its own (the same path as
 * {@code POST /api/rules/reload}); a broken one is logged with file:line and the old rules stay live.
 *
 * <p>The audit database is verified before anything else: a broken chain, an altered rule set, or (with a
 * signing key) a chain that disagrees with the signed checkpoint log stops the start, naming what is wrong,
 * unless {@code --read-only} asks to serve a copy of it, reads only, for investigation. With a signing key
 * every stored evaluation gets a signed checkpoint, appended to the checkpoint log and returned to the client.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Start the HTTP service (JSON API under /api, described at /api/openapi.json).",
                "POST /api/rules/reload needs the bearer token in the environment variable "
                        + WebSettings.ADMIN_TOKEN_VARIABLE + "; without it, reload over HTTP is off.",
                "Edits to the rules directory are loaded when they compile and validate (unless --no-watch).",
                "The audit database is verified at start; a broken one is refused (see --read-only)."})
final class ServeCommand implements Callable<Integer> {
    /** The environment variable that may hold the signing key file's text instead of --signing-key. */
    static final String SIGNING_KEY_VARIABLE = "WELLBEING_SIGNING_KEY";
    /** Exit status when the audit database fails verification. */
    static final int TAMPERED = 1;

    @Mixin EngineOptions engine;
    @Spec CommandSpec spec;

    @Option(names = "--port", paramLabel = "N", description = "port to listen on (default: ${DEFAULT-VALUE})")
    int port = WebSettings.DEFAULT_PORT;

    @Option(names = "--host", paramLabel = "HOST",
            description = "interface to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 for every interface)")
    String host = "127.0.0.1";

    @Option(names = "--db", paramLabel = "FILE", description = "audit database (default: ${DEFAULT-VALUE})")
    Path db = Path.of("var", "audit.db");

    @Option(names = "--no-watch", description = "do not reload the rules when their files change")
    boolean noWatch;

    @Option(names = "--max-observations", paramLabel = "N",
            description = "refuse an evaluation request with more observations, with 413 (default: ${DEFAULT-VALUE})")
    int maxObservations = WebSettings.DEFAULT_MAX_OBSERVATIONS;

    @Option(names = "--signing-key", paramLabel = "FILE",
            description = "Ed25519 key (from keygen) that signs a checkpoint after every stored evaluation;"
                    + " or put the file's text in " + SIGNING_KEY_VARIABLE)
    Path signingKey;

    @Option(names = "--checkpoints", paramLabel = "FILE",
            description = "checkpoint log (default: the database's path + .checkpoints); needs a signing key")
    Path checkpoints;

    @Option(names = "--read-only",
            description = "start even when the audit database fails verification: serve a copy of it, reads only,"
                    + " to investigate (nothing is written to the database or the checkpoint log)")
    boolean readOnly;

    @Option(names = "--body-timeout", paramLabel = "SECONDS",
            description = "a request body must arrive within this time (default: ${DEFAULT-VALUE})")
    int bodyTimeoutSeconds = (int) Safeguards.DEFAULT_BODY_READ_TIMEOUT.toSeconds();

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (bodyTimeoutSeconds < 1) {
            throw new IllegalArgumentException("--body-timeout must be at least 1 second, got " + bodyTimeoutSeconds);
        }
        SigningKey key = signingKey();
        if (checkpoints != null && key == null) {
            throw new IllegalArgumentException("--checkpoints needs a signing key (--signing-key or "
                    + SIGNING_KEY_VARIABLE + "): without one no checkpoints are written");
        }
        Path log = checkpoints != null ? checkpoints : CheckpointLog.besides(db);
        String broken = brokenBecause(key, log, err);
        Safeguards safeguards = Safeguards.defaults()
                .withTimeouts(Duration.ofSeconds(bodyTimeoutSeconds), Safeguards.DEFAULT_IDLE_TIMEOUT);
        Path served = db;
        if (broken != null && !readOnly) {
            err.println("error: not starting: the audit database " + db + " failed verification (" + broken + ")."
                    + " Start with --read-only to investigate it without writing to it.");
            err.flush();
            return TAMPERED;
        }
        if (readOnly) {
            served = copyForInvestigation(db);
            safeguards = safeguards.withReadOnly(broken == null ? "started with --read-only"
                    : "the audit database failed verification: " + broken);
            key = null;
        }
        Checkpointer checkpointer = key == null ? null : new Checkpointer(key, CheckpointLog.open(log), Clock.systemUTC());
        if (checkpointer != null) {
            safeguards = safeguards.withCheckpoints(checkpointer::newest);
        }
        if (maxObservations < 1) {
            throw new IllegalArgumentException("--max-observations must be at least 1, got " + maxObservations);
        }
        WebSettings settings = new WebSettings(host, port, WebSettings.DEFAULT_MAX_BODY_BYTES,
                System.getenv(WebSettings.ADMIN_TOKEN_VARIABLE), maxObservations);
        RunningService running = RunningService.start(engine, served, settings, safeguards,
                checkpointer == null ? stored -> { } : checkpointer, err);
        if (running == null) {
            if (checkpointer != null) checkpointer.close();
            return Main.BAD_INPUT;
        }
        Services services = running.services();
        WebServer server = running.server();
        RulesWatcher watcher = noWatch || readOnly ? null : RulesWatcher.start(services.reloader());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (watcher != null) {
                watcher.close();
            }
            running.close();
            if (checkpointer != null) {
                checkpointer.close();
            }
            stopped.countDown();
        }, "wellbeing-shutdown"));
        out.printf("Serving on http://%s:%d/api (rule set %s, audit database %s; rule reload over HTTP %s; %s; %s)%n",
                host, server.port(), services.rules().current().shortVersion(), services.store().file(),
                settings.reloadEnabled() ? "on" : "off",
                watcher == null ? "rule files not watched" : "rule files watched, changes load when they validate",
                readOnly ? "READ-ONLY for investigation: " + safeguards.readOnly()
                        : checkpointer == null ? "audit checkpoints off (no signing key)"
                        : "signed audit checkpoints to " + log);
        out.flush();
        stopped.await();
        return 0;
    }

    private SigningKey signingKey() {
        String variable = System.getenv(SIGNING_KEY_VARIABLE);
        if (signingKey != null && variable != null && !variable.isBlank()) {
            throw new IllegalArgumentException("a signing key is given twice (--signing-key and " + SIGNING_KEY_VARIABLE
                    + "): give one");
        }
        if (signingKey != null) {
            return SigningKey.read(signingKey);
        }
        return variable == null || variable.isBlank() ? null : SigningKey.parse(variable, SIGNING_KEY_VARIABLE);
    }

    /** Why the audit database may not be served, or null when it verifies. */
    private String brokenBecause(SigningKey key, Path log, PrintWriter err) {
        if (!Files.exists(db)) {
            boolean signedBefore = key != null && Files.exists(log) && size(log) > 0;
            return signedBefore ? "the database is missing but the checkpoint log " + log + " holds signed checkpoints" : null;
        }
        VerificationReport report;
        try (AuditStore store = AuditStore.openExisting(db)) {
            report = key == null ? store.verify().with(store.verifyRuleSets(RuleFiles::version))
                    : SignedVerification.verify(store, log, key.publicKey(), RuleFiles::version);
        }
        if (report.intact()) {
            return null;
        }
        err.println(report);
        return report.problems().size() + " problem(s), first: " + report.problems().get(0);
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    /** A copy of the database (and its write-ahead log) in a temporary folder, so investigating writes nothing to it. */
    private static Path copyForInvestigation(Path db) throws IOException {
        Path folder = Files.createTempDirectory("wellbeing-investigation-");
        Path copy = folder.resolve(db.getFileName());
        if (Files.exists(db)) {
            Files.copy(db, copy, StandardCopyOption.COPY_ATTRIBUTES);
            Path wal = db.resolveSibling(db.getFileName() + "-wal");
            if (Files.exists(wal)) {
                Files.copy(wal, folder.resolve(wal.getFileName()));
            }
        }
        return copy;
    }
}
