package org.wellbeing.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The catalogue and the boards: {@code /api/indicators}, {@code /api/boards}. */
class HttpCatalogueTest {
    static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.shared();
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
        // the 30 its table lists, and households in temporary accommodation, which one of its workstreams acts on
        assertEquals(31, ctb.path("indicators").size());
        // a board without a table of its own is given what its workstreams act on
        JsonNode hpc = boards.get(3);
        assertEquals("health-protection-committee", hpc.path("id").asText());
        assertEquals(4, hpc.path("indicators").size());
    }
}
