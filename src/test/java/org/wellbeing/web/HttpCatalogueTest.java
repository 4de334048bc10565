package org.wellbeing.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The catalogue and the boards: {@code /api/indicators}, {@code /api/boards}, {@code /api/boards/{id}/priorities}. */
class HttpCatalogueTest {
    static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void indicators_lists_the_whole_catalogue_with_polarity() {
        TestServer.Response r = server.get("/api/indicators");

        assertEquals(200, r.status());
        JsonNode body = r.json();
        assertEquals(75, body.path("count").asInt());
        assertEquals(75, body.path("indicators").size());
        assertEquals("E06000032", body.path("area").path("code").asText());
        for (JsonNode i : body.path("indicators")) {
            assertFalse(i.path("polarity").asText().isEmpty(), i.path("id").asText());
        }
        assertEquals("life-expectancy-male", body.path("indicators").get(0).path("id").asText());
    }

    @Test
    void boards_come_from_boards_json_with_their_workstreams_and_indicators() {
        TestServer.Response r = server.get("/api/boards");

        assertEquals(200, r.status());
        JsonNode boards = r.json().path("boards");
        assertEquals(5, boards.size());
        JsonNode ctb = boards.get(0);
        assertEquals("childrens-trust-board", ctb.path("id").asText());
        assertEquals("Children's Trust Board", ctb.path("name").asText());
        assertTrue(ctb.path("workstreams").size() > 5);
        assertTrue(ctb.path("targetOutcomes").size() > 0);
        assertEquals(30, ctb.path("indicators").size());
    }

    @Test
    void priorities_of_a_known_board_give_its_indicators_rated_for_the_period() {
        TestServer.Response r = server.get("/api/boards/at-place-board/priorities?period=2022/23");

        assertEquals(200, r.status());
        JsonNode body = r.json();
        assertEquals("at-place-board", body.path("boardId").asText());
        assertEquals("2022/23", body.path("period").asText());
        assertTrue(body.path("priorities").isArray());
        assertEquals(0, body.path("priorities").size());
        assertEquals(19, body.path("indicators").size());
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
