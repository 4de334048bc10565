package org.wellbeing.web;

import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import org.wellbeing.io.out.Json;
import org.wellbeing.service.Services;

/**
 * The HTTP service: a Javalin 7 app over {@link Services}, JSON under {@code /api} and the board dashboard
 * at {@code /}. Close it to stop.
 */
public final class WebServer implements AutoCloseable {
    private final Javalin app;

    private WebServer(Javalin app) {
        this.app = app;
    }

    /** Starts listening; with port 0 a free port is chosen ({@link #port()}). */
    public static WebServer start(Services services, WebSettings settings) {
        Bodies bodies = new Bodies(services.inputs(), settings.maxBodyBytes());
        AdminAuth auth = new AdminAuth(settings.adminToken());
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.http.prefer405over404 = true;
            config.http.maxRequestSize = settings.maxBodyBytes();
            config.jsonMapper(new JavalinJackson(Json.MAPPER, false));
            DashboardFiles.register(config.staticFiles);
            ErrorMapping.register(config.routes, settings.maxBodyBytes());
            HealthRoutes.register(config.routes, services);
            CatalogueRoutes.register(config.routes, services);
            BoardRoutes.register(config.routes, services);
            PaperRoutes.register(config.routes, services);
            EvaluationRoutes.register(config.routes, services, bodies);
            RuleRoutes.register(config.routes, services, auth);
            AuditRoutes.register(config.routes, services);
            OpenApiRoutes.register(config.routes);
        });
        app.start(settings.host(), settings.port());
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
