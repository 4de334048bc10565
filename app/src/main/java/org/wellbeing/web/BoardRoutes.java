package org.wellbeing.web;

import io.javalin.config.RoutesConfig;
import java.util.List;
import org.wellbeing.service.BoardSummary;
import org.wellbeing.service.CsvDownload;
import org.wellbeing.service.Services;

/**
 * The boards and what the dashboard shows them: {@code GET /api/boards}, and for a board id (or {@code all})
 * {@code /priorities}, {@code /matrix} and {@code /matrix.csv}, each for {@code ?period=P} (the latest by
 * default).
 */
final class BoardRoutes {
    private BoardRoutes() {}

    /** Body of {@code GET /api/boards}. */
    record BoardList(int count, List<BoardSummary> boards) {}

    static void register(RoutesConfig routes, Services services) {
        routes.get("/api/boards", ctx -> {
            List<BoardSummary> boards = services.boards().boards();
            ctx.json(new BoardList(boards.size(), boards));
        });
        routes.get("/api/boards/{id}/priorities", ctx ->
                ctx.json(services.boards().priorities(ctx.pathParam("id"), ctx.queryParam("period"))));
        routes.get("/api/boards/{id}/matrix", ctx ->
                ctx.json(services.boards().matrix(ctx.pathParam("id"), ctx.queryParam("period"))));
        routes.get("/api/boards/{id}/matrix.csv", ctx -> {
            CsvDownload csv = services.boards().matrixCsv(ctx.pathParam("id"), ctx.queryParam("period"));
            ctx.contentType("text/csv; charset=utf-8")
                    .header("Content-Disposition", "attachment; filename=\"" + csv.fileName() + "\"")
                    .result(csv.text());
        });
    }
}
