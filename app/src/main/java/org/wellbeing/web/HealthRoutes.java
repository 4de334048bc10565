package org.wellbeing.web;

import io.javalin.config.RoutesConfig;
import org.wellbeing.service.Services;

/** {@code GET /api/health}: up, on which rule set, loaded when. */
final class HealthRoutes {
    private HealthRoutes() {}

    static void register(RoutesConfig routes, Services services) {
        routes.get("/api/health", ctx -> ctx.json(services.health()));
    }
}
