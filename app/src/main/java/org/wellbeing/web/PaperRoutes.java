package org.wellbeing.web;

import io.javalin.config.RoutesConfig;
import java.io.ByteArrayOutputStream;
import org.wellbeing.paper.BoardPaper;
import org.wellbeing.paper.ChartService;
import org.wellbeing.paper.PaperFormat;
import org.wellbeing.paper.PaperService;
import org.wellbeing.paper.PaperWriter;
import org.wellbeing.service.InvalidParameterException;
import org.wellbeing.service.Services;

/**
 * Board papers and charts: {@code GET /api/boards/{id}/paper?period=P&format=xlsx|pdf|html} (a download),
 * {@code GET /api/boards/{id}/charts?period=P} (the board's trend charts) and
 * {@code GET /api/evaluations/{id}/charts?area=CODE} (an area's spine and trend charts in a stored evaluation).
 */
final class PaperRoutes {
    private PaperRoutes() {}

    static void register(RoutesConfig routes, Services services) {
        PaperService papers = new PaperService(services);
        ChartService charts = new ChartService(services);
        routes.get("/api/boards/{id}/paper", ctx -> {
            PaperFormat format = format(ctx.queryParam("format"));
            BoardPaper paper = papers.make(ctx.pathParam("id"), ctx.queryParam("period"));
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(256 * 1024);
            PaperWriter.write(paper, format, bytes);
            ctx.contentType(format.contentType())
                    .header("Content-Disposition", "attachment; filename=\"" + paper.fileName(format) + "\"")
                    .header("X-Evaluation-Id", paper.cover().evaluationId())
                    .result(bytes.toByteArray());
        });
        routes.get("/api/boards/{id}/charts", ctx ->
                ctx.json(charts.board(ctx.pathParam("id"), ctx.queryParam("period"))));
        routes.get("/api/evaluations/{id}/charts", ctx ->
                ctx.json(charts.evaluation(ctx.pathParam("id"), ctx.queryParam("area"))));
    }

    private static PaperFormat format(String name) {
        if (name == null || name.isBlank()) return PaperFormat.xlsx;
        try {
            return PaperFormat.parse(name);
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException("format", e.getMessage());
        }
    }
}
