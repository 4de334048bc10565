package org.wellbeing.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.wellbeing.audit.AuditStoreException;
import org.wellbeing.audit.StoredEvaluation;
import org.wellbeing.rules.RuleSetException;
import org.wellbeing.service.Services;
import org.wellbeing.web.Safeguards;
import org.wellbeing.web.WebServer;
import org.wellbeing.web.WebSettings;

/** The HTTP service as {@code serve} and {@code bench-http} start it: its services and the server listening on them. */
record RunningService(Services services, WebServer server) implements AutoCloseable {

    /**
     * Opens the services (data, rules compiled and validated, audit store) and starts the server on them.
     *
     * @return null when the audit store cannot be opened or the server cannot listen, after saying why on {@code err}
     * @throws RuleSetException when the rules do not compile or validate
     */
    static RunningService start(EngineOptions engine, Path auditDb, WebSettings settings, PrintWriter err)
            throws IOException, RuleSetException {
        return start(engine, auditDb, settings, Safeguards.defaults(), stored -> { }, err);
    }

    /** As above, with the server's safeguards and a listener run after every append (the checkpoint signer). */
    static RunningService start(EngineOptions engine, Path auditDb, WebSettings settings, Safeguards safeguards,
                                Consumer<StoredEvaluation> onAppend, PrintWriter err) throws IOException, RuleSetException {
        Services services;
        try {
            services = Services.open(engine.rules, engine.data, auditDb);
        } catch (AuditStoreException e) {
            err.println("error: " + e.getMessage());
            return null;
        }
        try {
            services.store().onAppend(onAppend);
            return new RunningService(services, WebServer.start(services, settings, safeguards));
        } catch (RuntimeException e) {
            services.close();
            err.println("error: cannot serve on " + settings.host() + ":" + settings.port() + ": " + e.getMessage());
            return null;
        }
    }

    @Override
    public void close() {
        server.close();
        services.close();
    }
}
