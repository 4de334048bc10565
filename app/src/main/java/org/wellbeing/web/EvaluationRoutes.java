package org.wellbeing.web;

import io.javalin.config.RoutesConfig;
import org.wellbeing.service.EvaluationInput;
import org.wellbeing.service.EvaluationView;
import org.wellbeing.service.InvalidParameterException;
import org.wellbeing.service.Services;
import org.wellbeing.service.StoredDocument;

/**
 * Evaluations: {@code POST /api/evaluations} (201 once stored; 413 beyond the observations limit, 503 when the
 * service has no room for it now, see {@link Admission}), {@code GET /api/evaluations/{id}} and
 * {@code GET /api/evaluations/{id}/trace?indicator=ID[&focus=COMPARATOR|trend[&period=P]]}.
 */
final class EvaluationRoutes {
    private EvaluationRoutes() {}

    static void register(RoutesConfig routes, Services services, Bodies bodies, Admission admission) {
        routes.post("/api/evaluations", ctx -> {
            StoredDocument stored;
            try (Admission.Ticket ticket = admission.admitBody(ctx.req().getContentLengthLong())) {
                EvaluationInput input = bodies.evaluationInput(ctx);
                ticket.evaluating(input.facts().observations().size());
                stored = services.evaluations().evaluate(input);
            }
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
            String focus = ctx.queryParam("focus");
            String period = ctx.queryParam("period");
            if (focus == null || focus.isBlank()) {
                if (period != null && !period.isBlank()) {
                    throw new InvalidParameterException("period", "period narrows a focused trace: add focus=england,"
                            + " region, neighbours, goal or trend");
                }
                ctx.json(services.evaluations().trace(ctx.pathParam("id"), indicator.strip()));
            } else {
                ctx.json(services.evaluations().trace(ctx.pathParam("id"), indicator.strip(), focus, period));
            }
        });
    }
}
