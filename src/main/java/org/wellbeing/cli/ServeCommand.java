package org.wellbeing.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.wellbeing.audit.AuditStoreException;
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
 * evaluation is stored in the audit database before it is answered.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Start the HTTP service (JSON API under /api, described at /api/openapi.json).",
                "POST /api/rules/reload needs the bearer token in the environment variable "
                        + WebSettings.ADMIN_TOKEN_VARIABLE + "; without it, reload over HTTP is off."})
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

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        WebSettings settings = new WebSettings(host, port, WebSettings.DEFAULT_MAX_BODY_BYTES,
                System.getenv(WebSettings.ADMIN_TOKEN_VARIABLE));
        Services services;
        try {
            services = Services.open(engine.rules, engine.data, db);
        } catch (AuditStoreException e) {
            spec.commandLine().getErr().println("error: " + e.getMessage());
            return Main.BAD_INPUT;
        }
        WebServer server;
        try {
            server = WebServer.start(services, settings);
        } catch (RuntimeException e) {
            services.close();
            spec.commandLine().getErr().println("error: cannot serve on " + host + ":" + port + ": " + e.getMessage());
            return Main.BAD_INPUT;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            services.close();
            stopped.countDown();
        }, "wellbeing-shutdown"));
        out.printf("Serving on http://%s:%d/api (rule set %s, audit database %s; rule reload over HTTP %s)%n",
                host, server.port(), services.rules().current().shortVersion(), services.store().file(),
                settings.reloadEnabled() ? "on" : "off");
        out.flush();
        stopped.await();
        return 0;
    }
}
