package org.wellbeing.web;

import io.javalin.config.RoutesConfig;
import org.wellbeing.service.EvaluationView;
import org.wellbeing.service.InvalidParameterException;
import org.wellbeing.service.Services;
import org.wellbeing.service.StoredDocument;

/**
 * Evaluations: {@code POST /api/evaluations} (201 once stored), {@code GET /api/evaluations/{id}} and
 * {@code GET /api/evaluations/{id}/trace?indicator=ID}.
 */
final class EvaluationRoutes {
    private EvaluationRoutes() {}

    static void register(RoutesConfig routes, Services services, Bodies bodies) {
        routes.post("/api/evaluations", ctx -> {
            StoredDocument stored = services.evaluations().evaluate(bodies.evaluationInput(ctx));
            ctx.status(201)
                    .header("Location", "/api/evaluations/" + stored.document().id())
                    .json(EvaluationView.of(stored));
        });
        routes.get("/api/evaluations/{id}", ctx ->
                ctx.json(EvaluationView.of(services.evaluations().get(ctx.pathParam("id")))));
        routes.get("/api/evaluations/{id}/trace", ctx -> {
            String indicator = ctx.queryParam("indicator");
            if (indicator == null || indicator.isBlank()) {
                throw new InvalidParameterException("indicator",
                        "required: the indicator whose ratings to explain, e.g. ?indicator=life-expectancy-male");
            }
            ctx.json(services.evaluations().trace(ctx.pathParam("id"), indicator.strip()));
        });
    }
}
