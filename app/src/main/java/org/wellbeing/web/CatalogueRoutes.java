package org.wellbeing.web;

import io.javalin.config.RoutesConfig;
import java.util.List;
import org.wellbeing.model.TownArea;
import org.wellbeing.model.Indicator;
import org.wellbeing.service.Services;

/** The catalogue: {@code GET /api/indicators}. */
final class CatalogueRoutes {
    private CatalogueRoutes() {}

    /** Body of {@code GET /api/indicators}. */
    record IndicatorList(TownArea area, int count, List<Indicator> indicators) {}

    static void register(RoutesConfig routes, Services services) {
        routes.get("/api/indicators", ctx -> {
            List<Indicator> catalogue = services.data().indicators();
            ctx.json(new IndicatorList(services.data().area(), catalogue.size(), catalogue));
        });
    }
}
