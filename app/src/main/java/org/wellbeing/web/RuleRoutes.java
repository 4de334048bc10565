package org.wellbeing.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.List;
import org.wellbeing.rules.RuleSetException;
import org.wellbeing.service.ReloadView;
import org.wellbeing.service.RuleSetView;
import org.wellbeing.service.Services;

/**
 * The rules: {@code GET /api/rules} and {@code POST /api/rules/reload} (bearer token; 422 with file:line
 * problems when the new files fail, the old rules staying live).
 */
final class RuleRoutes {
    private RuleRoutes() {}

    static void register(RoutesConfig routes, Services services, AdminAuth auth) {
        routes.get("/api/rules", ctx -> ctx.json(RuleSetView.of(services.rules().current())));
        routes.post("/api/rules/reload", ctx -> {
            auth.require(ctx);
            reload(ctx, services);
        });
    }

    private static void reload(Context ctx, Services services) {
        try {
            ctx.json(ReloadView.of(services.reloader().reload()));
        } catch (RuleSetException e) {
            ErrorMapping.send(ctx, 422, new ApiError(notReloaded(services, e.problems().size() + " problem(s)"),
                    e.problems().stream().map(p -> new ApiError.Detail(p.file() + ":" + p.line(), p.message())).toList()));
        } catch (IOException e) {
            ErrorMapping.send(ctx, 422, new ApiError(notReloaded(services, "the rules directory cannot be read"),
                    List.of(new ApiError.Detail(String.valueOf(services.reloader().directory().getFileName()),
                            "the rules directory cannot be read"))));
        }
    }

    private static String notReloaded(Services services, String why) {
        return "rules not reloaded: " + why + "; rule set " + services.rules().current().shortVersion() + " stays live";
    }
}
