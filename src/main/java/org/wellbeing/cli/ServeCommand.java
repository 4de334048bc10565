package org.wellbeing.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.wellbeing.rules.RulesWatcher;
import org.wellbeing.service.Services;
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
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Start the HTTP service (JSON API under /api, described at /api/openapi.json).",
                "POST /api/rules/reload needs the bearer token in the environment variable "
                        + WebSettings.ADMIN_TOKEN_VARIABLE + "; without it, reload over HTTP is off.",
                "Edits to the rules directory are loaded when they compile and validate (unless --no-watch)."})
final class ServeCommand implements Callable<Integer> {
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

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (maxObservations < 1) {
            throw new IllegalArgumentException("--max-observations must be at least 1, got " + maxObservations);
        }
        WebSettings settings = new WebSettings(host, port, WebSettings.DEFAULT_MAX_BODY_BYTES,
                System.getenv(WebSettings.ADMIN_TOKEN_VARIABLE), maxObservations);
        RunningService running = RunningService.start(engine, db, settings, spec.commandLine().getErr());
        if (running == null) {
            return Main.BAD_INPUT;
        }
        Services services = running.services();
        WebServer server = running.server();
        RulesWatcher watcher = noWatch ? null : RulesWatcher.start(services.reloader());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (watcher != null) {
                watcher.close();
            }
            running.close();
            stopped.countDown();
        }, "wellbeing-shutdown"));
        out.printf("Serving on http://%s:%d/api (rule set %s, audit database %s; rule reload over HTTP %s; %s)%n",
                host, server.port(), services.rules().current().shortVersion(), services.store().file(),
                settings.reloadEnabled() ? "on" : "off",
                watcher == null ? "rule files not watched" : "rule files watched, changes load when they validate");
        out.flush();
        stopped.await();
        return 0;
    }
}
