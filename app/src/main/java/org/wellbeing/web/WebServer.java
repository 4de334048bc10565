package org.wellbeing.web;

import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.wellbeing.io.Json;
import org.wellbeing.service.Services;

/**
 * The HTTP service: a Javalin 7 app over {@link Services}, JSON under {@code /api} and the board dashboard
 * at {@code /}. In front of the app, in Jetty's handler chain, a {@link RequestGuard} and a JSON error
 * handler for what Jetty refuses itself ({@link Safeguards}). Close it to stop.
 */
public final class WebServer implements AutoCloseable {
    private final Javalin app;

    private WebServer(Javalin app) {
        this.app = app;
    }

    /** Starts listening with the default safeguards; with port 0 a free port is chosen ({@link #port()}). */
    public static WebServer start(Services services, WebSettings settings) {
        return start(services, settings, Safeguards.defaults());
    }

    /** Starts listening; with port 0 a free port is chosen ({@link #port()}). */
    public static WebServer start(Services services, WebSettings settings, Safeguards safeguards) {
        Bodies bodies = new Bodies(services.inputs(), settings.maxBodyBytes());
        AdminAuth auth = new AdminAuth(settings.adminToken());
        AtomicReference<Server> jetty = new AtomicReference<>();
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.http.prefer405over404 = true;
            config.http.maxRequestSize = settings.maxBodyBytes();
            config.jsonMapper(new JavalinJackson(Json.MAPPER, false));
            config.jetty.modifyServer(server -> {
                jetty.set(server);
                // Javalin puts its servlet context inside this wrapper: every request passes the guard first
                server.setHandler(new RequestGuard(settings.host(), settings.maxBodyBytes(), safeguards));
                server.setErrorHandler(new JsonErrorHandler());
                server.addBean(new NetworkConnectionLimit(safeguards.maxConnections(), server));
            });
            config.jetty.modifyHttpConfiguration(http -> http.setSendServerVersion(false));
            config.jetty.modifyServletContextHandler(context -> context.setErrorHandler(new JsonErrorHandler()));
            DashboardFiles.register(config.staticFiles);
            ErrorMapping.register(config.routes, settings.maxBodyBytes());
            HealthRoutes.register(config.routes, services);
            CatalogueRoutes.register(config.routes, services);
            BoardRoutes.register(config.routes, services);
            PaperRoutes.register(config.routes, services);
            EvaluationRoutes.register(config.routes, services, bodies,
                    new Admission(settings.maxBodyBytes(), settings.maxObservations()));
            CheckpointRoutes.register(config.routes, safeguards);
            RuleRoutes.register(config.routes, services, auth);
            AuditRoutes.register(config.routes, services);
            OpenApiRoutes.register(config.routes);
        });
        app.start(settings.host(), settings.port());
        for (Connector connector : jetty.get().getConnectors()) {
            if (connector instanceof ServerConnector c) {
                c.setIdleTimeout(safeguards.idleTimeout().toMillis());
            }
        }
        return new WebServer(app);
    }

    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
    }
}
