package org.wellbeing.web;

import io.javalin.config.RoutesConfig;
import java.util.List;
import org.wellbeing.io.town.TownArea;
import org.wellbeing.model.Indicator;
import org.wellbeing.service.BoardSummary;
import org.wellbeing.service.Services;

/** The catalogue and the boards: {@code GET /api/indicators}, {@code GET /api/boards}, {@code GET /api/boards/{id}/priorities}. */
final class CatalogueRoutes {
    private CatalogueRoutes() {}

    /** Body of {@code GET /api/indicators}. */
    record IndicatorList(TownArea area, int count, List<Indicator> indicators) {}

    /** Body of {@code GET /api/boards}. */
    record BoardList(int count, List<BoardSummary> boards) {}

    static void register(RoutesConfig routes, Services services) {
        routes.get("/api/indicators", ctx -> {
            List<Indicator> catalogue = services.data().indicators();
            ctx.json(new IndicatorList(services.data().area(), catalogue.size(), catalogue));
        });
        routes.get("/api/boards", ctx -> {
            List<BoardSummary> boards = services.boards().boards();
            ctx.json(new BoardList(boards.size(), boards));
        });
        routes.get("/api/boards/{id}/priorities", ctx ->
                ctx.json(services.boards().priorities(ctx.pathParam("id"), ctx.queryParam("period"))));
    }
}
