package org.wellbeing.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wellbeing.engine.Evaluator;
import org.wellbeing.report.PriorityReport;

/** {@code GET /api/boards/{id}/priorities}: a board's indicators rated, its workstreams ranked, its gaps. */
class HttpBoardPrioritiesTest {
    static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.shared();
    }


    @Test
    void priorities_of_a_known_board_give_its_indicators_rated_for_the_period() {
        TestServer.Response r = server.get("/api/boards/at-place-board/priorities?period=2022/23");

        assertEquals(200, r.status());
        JsonNode body = r.json();
        assertEquals("at-place-board", body.path("boardId").asText());
        assertEquals("2022/23", body.path("period").asText());
        assertEquals(21, body.path("indicators").size());
        Set<String> periods = new HashSet<>();
        int rated = 0;
        for (JsonNode indicator : body.path("indicators")) {
            for (JsonNode rating : indicator.path("ratings")) {
                periods.add(rating.path("period").asText());
                assertFalse(rating.path("rule").asText().isEmpty());
                assertTrue(rating.path("ruleFile").asText().matches(".+\\.drl:\\d+"));
                rated++;
            }
        }
        assertEquals(Set.of("2022/23"), periods);
        assertTrue(rated > 0);
        // the ratings come from a stored evaluation, so they can be traced
        String evaluationId = body.path("evaluationId").asText();
        assertEquals(200, server.get("/api/evaluations/" + evaluationId).status());
    }

    @Test
    void priorities_rank_the_workstreams_as_the_priority_engine_does() {
        JsonNode body = server.get("/api/boards/childrens-trust-board/priorities?period=2022/23").json();
        var data = server.services.data();
        PriorityReport expected = PriorityReport.of(data,
                new Evaluator().evaluate(server.services.rules().current(), data.facts()), "2022/23")
                .forBoard("childrens-trust-board");

        List<String> order = new ArrayList<>();
        body.path("priorities").forEach(p -> order.add(p.path("workstreamId").asText()));
        assertEquals(expected.boards().get(0).priorities().stream().map(PriorityReport.Priority::workstreamId).toList(), order);
        JsonNode first = body.path("priorities").get(0);
        assertEquals(1, first.path("rank").asInt());
        assertEquals(order.size(), first.path("of").asInt());
        assertEquals("childrens-trust-board", first.path("boardId").asText());
        assertEquals(expected.boards().get(0).priorities().get(0).score(), first.path("score").asDouble());
        assertTrue(first.path("ruleFile").asText().matches("priority/rank\\.drl:\\d+"), first.path("ruleFile").asText());
        assertTrue(first.path("actions").size() > 0);
        assertEquals(expected.weights().size(), body.path("weights").size());
        assertFalse(body.path("ordering").asText().isEmpty());
    }

    @Test
    void each_ranked_workstream_carries_its_evidence() {
        JsonNode first = server.get("/api/boards/childrens-trust-board/priorities?period=2022/23").json()
                .path("priorities").get(0);

        JsonNode indicator = first.path("indicators").get(0);
        assertFalse(indicator.path("indicatorId").asText().isEmpty());
        assertTrue(indicator.path("points").asDouble() > 0);
        assertEquals(4, indicator.path("outcomes").size());
        assertTrue(indicator.path("contributions").size() > 0);
        JsonNode contribution = indicator.path("contributions").get(0);
        assertTrue(contribution.path("weight").asText().startsWith("priority.weight."));
        assertFalse(contribution.path("rule").asText().isEmpty());
        double sum = 0;
        for (JsonNode i : first.path("indicators")) sum += i.path("points").asDouble();
        assertEquals(first.path("score").asDouble(), sum, 1e-9);
    }

    @Test
    void not_measured_workstreams_and_unowned_indicators_are_listed_for_the_board() {
        JsonNode body = server.get("/api/boards/childrens-trust-board/priorities?period=2022/23").json();

        JsonNode notMeasured = body.path("notMeasured");
        assertEquals(1, notMeasured.size());
        assertEquals("child-friendly-town", notMeasured.get(0).path("workstreamId").asText());
        assertFalse(notMeasured.get(0).path("reason").asText().isEmpty());
        assertFalse(notMeasured.get(0).path("rule").asText().isEmpty());
        // children missing from placement is one of the board's indicators, RED, and no workstream acts on it
        JsonNode unowned = body.path("unowned");
        assertEquals(1, unowned.size());
        assertEquals("children-missing-from-placement", unowned.get(0).path("indicator").path("indicatorId").asText());
        assertTrue(unowned.get(0).path("reason").asText().contains("no workstream"), unowned.toString());
    }

    @Test
    void a_board_without_unowned_indicators_has_an_empty_list() {
        JsonNode body = server.get("/api/boards/at-place-board/priorities?period=2022/23").json();

        assertTrue(body.path("unowned").isArray());
        assertEquals(0, body.path("unowned").size());
        assertEquals(7, body.path("notMeasured").size());
    }

    @Test
    void each_indicator_carries_its_trend_and_worsening_flag() {
        JsonNode body = server.get("/api/boards/childrens-trust-board/priorities?period=2022/23").json();

        for (JsonNode i : body.path("indicators")) {
            JsonNode trend = i.path("trend");
            assertFalse(trend.path("label").asText().isEmpty(), i.path("indicatorId").asText());
            if (!trend.path("flag").isMissingNode() && !trend.path("flag").isNull()) {
                assertTrue(trend.path("worsening").asBoolean(), i.toString());
                assertTrue(Set.of("HIGH", "MEDIUM", "LOW").contains(trend.path("flag").path("severity").asText()), i.toString());
                assertTrue(trend.path("flag").path("ruleFile").asText().matches(".+\\.drl:\\d+"), i.toString());
            }
        }
        assertTrue(body.path("indicators").size() > 0);
    }

    @Test
    void all_boards_give_every_indicator_and_every_boards_priorities() {
        JsonNode body = server.get("/api/boards/all/priorities?period=2022/23").json();

        assertEquals("all", body.path("boardId").asText());
        assertEquals(75, body.path("indicators").size());
        Set<String> boards = new HashSet<>();
        body.path("priorities").forEach(p -> boards.add(p.path("boardId").asText()));
        assertEquals(5, boards.size());
        assertEquals(42, body.path("priorities").size());
        assertEquals(1, body.path("unowned").size());
    }

    @Test
    void priorities_without_a_period_use_the_latest_and_the_same_stored_evaluation() {
        JsonNode first = server.get("/api/boards/childrens-trust-board/priorities").json();
        JsonNode second = server.get("/api/boards/childrens-trust-board/priorities?period=2021/22").json();

        assertEquals("2022/23", first.path("period").asText());
        assertEquals("2021/22", second.path("period").asText());
        assertEquals(first.path("evaluationId"), second.path("evaluationId"));
    }

    @Test
    void priorities_of_an_unknown_board_is_404_naming_the_boards() {
        TestServer.Response r = server.get("/api/boards/no-such-board/priorities");

        assertEquals(404, r.status());
        String error = r.json().path("error").asText();
        assertTrue(error.contains("no-such-board"), error);
        assertTrue(error.contains("childrens-trust-board"), error);
        assertTrue(error.contains("all"), error);
    }

    @Test
    void priorities_for_an_unknown_period_is_400_naming_the_parameter() {
        TestServer.Response r = server.get("/api/boards/at-place-board/priorities?period=1999");

        assertEquals(400, r.status());
        JsonNode detail = r.json().path("details").get(0);
        assertEquals("period", detail.path("path").asText());
        assertTrue(detail.path("message").asText().contains("2022/23"));
    }
}
