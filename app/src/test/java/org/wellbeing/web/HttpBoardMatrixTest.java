package org.wellbeing.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The dashboard's matrix: {@code GET /api/boards/{id}/matrix} and {@code GET /api/boards/{id}/matrix.csv}. */
class HttpBoardMatrixTest {
    static final List<String> COMPARATORS = List.of("england", "region", "neighbours", "goal");

    static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.shared();
    }


    @Test
    void matrix_has_a_row_for_each_indicator_of_the_board_with_a_cell_per_comparator() {
        TestServer.Response r = server.get("/api/boards/childrens-trust-board/matrix?period=2022/23");

        assertEquals(200, r.status());
        JsonNode body = r.json();
        assertEquals("childrens-trust-board", body.path("boardId").asText());
        assertEquals("Children's Trust Board", body.path("boardName").asText());
        assertEquals("2022/23", body.path("period").asText());
        assertEquals(server.services.rules().current().version(), body.path("ruleSetVersion").asText());
        assertEquals(COMPARATORS, strings(body.path("comparators")));
        List<String> expected = new ArrayList<>();
        server.get("/api/boards").json().path("boards").get(0).path("indicators").forEach(i -> expected.add(i.asText()));
        List<String> rows = new ArrayList<>();
        for (JsonNode row : body.path("rows")) {
            rows.add(row.path("indicatorId").asText());
            assertFalse(row.path("name").asText().isEmpty());
            assertEquals(COMPARATORS, fieldNames(row.path("cells")));
            for (String c : COMPARATORS) {
                JsonNode cell = row.path("cells").path(c);
                assertFalse(cell.path("outcome").asText().isEmpty(), row.path("indicatorId").asText() + " " + c);
                assertFalse(cell.path("method").asText().isEmpty());
                assertFalse(cell.path("reason").asText().isEmpty());
                assertTrue(cell.path("ruleFile").asText().matches(".+\\.drl:\\d+"), cell.toString());
            }
            assertFalse(row.path("trend").path("label").asText().isEmpty());
        }
        assertEquals(expected, rows);
    }

    @Test
    void matrix_cells_are_the_ratings_of_the_stored_evaluation() {
        JsonNode body = server.get("/api/boards/health-protection-committee/matrix?period=2022/23").json();
        JsonNode stored = server.get("/api/evaluations/" + body.path("evaluationId").asText()).json();

        Map<String, JsonNode> ratings = new HashMap<>();
        for (JsonNode rating : stored.path("ratings")) {
            if (rating.path("period").asText().equals("2022/23")) {
                ratings.put(rating.path("indicatorId").asText() + "#" + rating.path("comparator").asText(), rating);
            }
        }
        int compared = 0;
        for (JsonNode row : body.path("rows")) {
            for (String c : COMPARATORS) {
                JsonNode cell = row.path("cells").path(c);
                JsonNode rating = ratings.get(row.path("indicatorId").asText() + "#" + c);
                assertNotNull(rating, row.path("indicatorId").asText() + " " + c);
                assertEquals(rating.path("outcome").asText(), cell.path("outcome").asText());
                assertEquals(rating.path("rule").asText(), cell.path("rule").asText());
                assertEquals(rating.path("reason").asText(), cell.path("reason").asText());
                compared++;
            }
        }
        assertTrue(compared > 0);
    }

    @Test
    void neighbour_ranks_are_given_as_rank_of_and_goals_with_the_row() {
        JsonNode body = server.get("/api/boards/health-protection-committee/matrix?period=2022/23").json();

        boolean ranked = false;
        boolean goal = false;
        for (JsonNode row : body.path("rows")) {
            JsonNode n = row.path("cells").path("neighbours");
            if (n.path("method").asText().equals("RANK")) {
                ranked = true;
                assertTrue(n.path("rank").asInt() >= 1);
                assertTrue(n.path("rankOf").asInt() >= n.path("rank").asInt());
                assertTrue(n.path("benchmark").isNull());
            }
            if (row.path("cells").path("goal").path("method").asText().equals("GOAL")) {
                goal = true;
                assertTrue(row.path("goal").path("lower").isNumber(), row.toString());
            }
        }
        assertTrue(ranked);
        assertTrue(goal);
    }

    @Test
    void counts_add_up_the_cells_by_outcome() {
        JsonNode body = server.get("/api/boards/childrens-trust-board/matrix?period=2022/23").json();

        Map<String, Integer> counted = new HashMap<>();
        body.path("rows").forEach(row -> row.path("cells").forEach(cell ->
                counted.merge(cell.path("outcome").asText(), 1, Integer::sum)));
        Map<String, Integer> answered = new HashMap<>();
        body.path("counts").fields().forEachRemaining(e -> answered.put(e.getKey(), e.getValue().asInt()));
        assertEquals(counted, answered);
        assertTrue(answered.values().stream().mapToInt(Integer::intValue).sum() > 0);
    }

    @Test
    void an_indicator_without_a_value_in_the_period_still_has_its_row_saying_so() {
        JsonNode body = server.get("/api/boards/childrens-trust-board/matrix?period=2021/22").json();

        JsonNode row = null;
        for (JsonNode r : body.path("rows")) {
            if (r.path("indicatorId").asText().equals("child-poverty-after-housing-costs")) row = r;
        }
        assertNotNull(row);
        assertEquals(31, body.path("rows").size());
        assertTrue(row.path("value").isNull());
        assertTrue(row.path("trend").isNull());
        for (String c : COMPARATORS) {
            assertTrue(row.path("cells").path(c).path("outcome").isNull());
            assertTrue(row.path("cells").path(c).path("reason").asText().contains("no observation"));
        }
    }

    @Test
    void matrix_of_all_has_every_indicator_of_the_catalogue() {
        JsonNode body = server.get("/api/boards/all/matrix").json();

        assertEquals("all", body.path("boardId").asText());
        assertEquals("2022/23", body.path("period").asText());
        assertEquals(75, body.path("rows").size());
        assertEquals(List.of("2021/22", "2022/23"), strings(body.path("periods")));
    }

    @Test
    void matrix_of_an_unknown_board_is_404() {
        TestServer.Response r = server.get("/api/boards/no-such-board/matrix");

        assertEquals(404, r.status());
        assertTrue(r.json().path("error").asText().contains("no-such-board"));
    }

    @Test
    void matrix_for_an_unknown_period_is_400_naming_the_parameter() {
        TestServer.Response r = server.get("/api/boards/childrens-trust-board/matrix?period=2030/31");

        assertEquals(400, r.status());
        assertEquals("period", r.json().path("details").get(0).path("path").asText());
    }

    @Test
    void matrix_csv_is_a_download_with_a_line_per_indicator() throws IOException {
        JsonNode matrix = server.get("/api/boards/childrens-trust-board/matrix?period=2022/23").json();
        TestServer.Response r = server.get("/api/boards/childrens-trust-board/matrix.csv?period=2022/23");

        assertEquals(200, r.status());
        assertTrue(r.header("Content-Type").startsWith("text/csv"), r.header("Content-Type"));
        assertEquals("attachment; filename=\"wellbeing-matrix-childrens-trust-board-2022-23.csv\"",
                r.header("Content-Disposition"));
        List<CSVRecord> records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(r.body())).getRecords();
        assertEquals(matrix.path("rows").size(), records.size());
        assertEquals(List.of("indicator_id", "indicator", "unit", "period", "time_period", "value",
                "england", "england_benchmark", "england_method", "region", "region_benchmark", "region_method",
                "neighbours", "neighbours_benchmark", "neighbours_method", "goal", "goal_benchmark", "goal_method",
                "trend", "trend_flag", "quality", "quality_reason", "note", "evaluation_id"), records.get(0).getParser().getHeaderNames());
        for (int i = 0; i < records.size(); i++) {
            CSVRecord line = records.get(i);
            JsonNode row = matrix.path("rows").get(i);
            assertEquals(row.path("indicatorId").asText(), line.get("indicator_id"));
            assertEquals(row.path("name").asText(), line.get("indicator"));
            for (String c : COMPARATORS) {
                assertEquals(row.path("cells").path(c).path("outcome").asText(), line.get(c));
            }
            assertEquals(row.path("trend").path("label").asText(), line.get("trend"));
            assertEquals(matrix.path("evaluationId").asText(), line.get("evaluation_id"));
        }
        CSVRecord ranked = records.stream().filter(l -> l.get("neighbours_method").equals("RANK")).findFirst().orElseThrow();
        assertTrue(ranked.get("neighbours_benchmark").matches("\\d+ of \\d+"), ranked.toString());
    }

    @Test
    void matrix_csv_errors_are_json_like_every_other_error() {
        TestServer.Response unknownBoard = server.get("/api/boards/no-such-board/matrix.csv");
        TestServer.Response unknownPeriod = server.get("/api/boards/all/matrix.csv?period=1999");

        assertEquals(404, unknownBoard.status());
        assertTrue(unknownBoard.json().path("error").asText().contains("no-such-board"));
        assertEquals(400, unknownPeriod.status());
        assertEquals("period", unknownPeriod.json().path("details").get(0).path("path").asText());
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static List<String> fieldNames(JsonNode object) {
        List<String> out = new ArrayList<>();
        object.fieldNames().forEachRemaining(out::add);
        return out;
    }

}
