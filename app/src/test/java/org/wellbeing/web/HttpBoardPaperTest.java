package org.wellbeing.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The board paper download and the charts over HTTP: {@code GET /api/boards/{id}/paper}, {@code GET
 * /api/boards/{id}/charts} and {@code GET /api/evaluations/{id}/charts} for an uploaded Fingertips file.
 */
class HttpBoardPaperTest {
    static final String BOARD = "childrens-trust-board";
    static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.shared();
    }

    @Test
    void the_paper_downloads_as_a_workbook_from_the_evaluation_the_dashboard_shows() throws Exception {
        HttpResponse<byte[]> r = server.client.send(server.request("/api/boards/" + BOARD + "/paper?period=2022/23&format=xlsx")
                .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode());
        assertEquals("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                r.headers().firstValue("Content-Type").orElse(""));
        assertEquals("attachment; filename=\"board-paper-childrens-trust-board-2022-23.xlsx\"",
                r.headers().firstValue("Content-Disposition").orElse(""));
        String shown = server.get("/api/boards/" + BOARD + "/matrix?period=2022/23").json().path("evaluationId").asText();
        assertEquals(shown, r.headers().firstValue("X-Evaluation-Id").orElse(""));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(r.body()))) {
            assertEquals("Cover", book.getSheetAt(0).getSheetName());
            assertEquals("Children's Trust Board", book.getSheetAt(1).getSheetName());
            String cover = book.getSheetAt(0).getRow(5).getCell(1).getStringCellValue();
            assertEquals(shown, cover, "the cover's evaluation id");
        }
    }

    @Test
    void the_paper_downloads_as_a_pdf() throws Exception {
        // the board with the fewest indicators: what is tested is the download, the PDF's content is BoardPaperTest's
        HttpResponse<byte[]> r = server.client.send(server.request("/api/boards/health-protection-committee/paper?format=pdf").GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode());
        assertEquals("application/pdf", r.headers().firstValue("Content-Type").orElse(""));
        assertEquals("%PDF-", new String(r.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII));
    }

    @Test
    void an_unknown_format_board_or_period_gets_the_json_error_shape() {
        TestServer.Response format = server.get("/api/boards/" + BOARD + "/paper?format=docx");
        assertEquals(400, format.status());
        assertEquals("format", format.json().path("details").get(0).path("path").asText(), format.body());
        assertTrue(format.json().path("details").get(0).path("message").asText().contains("xlsx, pdf, html"), format.body());
        TestServer.Response board = server.get("/api/boards/no-such-board/paper?format=xlsx");
        assertEquals(404, board.status());
        assertTrue(board.json().path("error").asText().startsWith("no board 'no-such-board'"), board.body());
        TestServer.Response period = server.get("/api/boards/" + BOARD + "/paper?period=1999/00");
        assertEquals(400, period.status());
        assertEquals("period", period.json().path("details").get(0).path("path").asText(), period.body());
    }

    @Test
    void a_boards_charts_are_svg_with_a_title_a_description_and_their_figures() {
        JsonNode charts = server.get("/api/boards/" + BOARD + "/charts?period=2022/23").json();
        JsonNode matrix = server.get("/api/boards/" + BOARD + "/matrix?period=2022/23").json();
        assertEquals(matrix.path("evaluationId").asText(), charts.path("evaluationId").asText());
        Set<String> withValues = new HashSet<>();
        matrix.path("rows").forEach(r -> { if (!r.path("value").isNull()) withValues.add(r.path("indicatorId").asText()); });
        Set<String> charted = new HashSet<>();
        for (JsonNode t : charts.path("trends")) {
            charted.add(t.path("indicatorId").asText());
            String svg = t.path("svg").asText();
            assertTrue(svg.startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\""), svg);
            assertTrue(svg.contains("<title") && svg.contains("<desc"), "title and description: " + t.path("indicatorId"));
            assertTrue(svg.contains("role=\"img\""));
            assertTrue(t.path("summary").asText().startsWith("Luton, " + t.path("name").asText()), t.path("summary").asText());
            for (JsonNode p : t.path("points")) {
                if (!p.path("value").isNull()) {
                    assertTrue(t.path("summary").asText().contains(p.path("timePeriod").asText()), "summary names each period");
                }
            }
        }
        assertTrue(charted.containsAll(withValues), "a chart for every indicator with a value: missing "
                + withValues.stream().filter(i -> !charted.contains(i)).toList());
    }

    @Test
    void an_uploaded_fingertips_file_gets_a_spine_chart_per_area_and_trends_with_confidence_limits() throws Exception {
        String csv = Files.readString(Path.of("..", "shared", "fingertips", "eastofengland_cypmh_CountyUA.csv"));
        TestServer.Response posted = server.post("/api/evaluations", "text/csv", csv);
        assertEquals(201, posted.status(), posted.body());
        String id = posted.json().path("id").asText();
        JsonNode charts = server.get("/api/evaluations/" + id + "/charts").json();
        assertFalse(charts.path("area").path("code").asText().equals("E92000001"), "England is not the default area");
        assertTrue(charts.path("areas").size() > 5, charts.path("areas").toString());
        JsonNode rows = charts.path("spine").path("rows");
        assertTrue(rows.size() > 0, charts.path("spine").toString());
        for (JsonNode r : rows) {
            assertTrue(r.path("min").asDouble() <= r.path("q25").asDouble() && r.path("q25").asDouble() <= r.path("q75").asDouble()
                    && r.path("q75").asDouble() <= r.path("max").asDouble(), r.toString());
            assertTrue(r.path("value").asDouble() >= r.path("min").asDouble() && r.path("value").asDouble() <= r.path("max").asDouble(),
                    "the area is among the areas of its level: " + r);
            assertTrue(r.path("areas").asInt() > 1, r.toString());
        }
        assertTrue(charts.path("spine").path("svg").asText().contains("class=\"spine-chart\""));
        boolean withLimits = false;
        for (JsonNode t : charts.path("trends")) {
            for (JsonNode p : t.path("points")) withLimits |= !p.path("lower95").isNull();
        }
        assertTrue(withLimits, "some trend has confidence limits");
        String other = charts.path("areas").get(charts.path("areas").size() - 1).path("code").asText();
        assertEquals(other, server.get("/api/evaluations/" + id + "/charts?area=" + other).json().path("area").path("code").asText());
        TestServer.Response unknown = server.get("/api/evaluations/" + id + "/charts?area=E99999999");
        assertEquals(400, unknown.status());
        assertEquals("area", unknown.json().path("details").get(0).path("path").asText(), unknown.body());
        assertEquals(404, server.get("/api/evaluations/no-such-id/charts").status());
    }
}
