package org.wellbeing.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code GET /api/health} and {@code GET /api/openapi.json}. */
class HttpHealthTest {
    static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.shared();
    }


    @Test
    void health_names_the_live_rule_set_and_when_it_was_loaded() {
        TestServer.Response r = server.get("/api/health");

        assertEquals(200, r.status());
        assertTrue(r.header("Content-Type").startsWith("application/json"));
        JsonNode body = r.json();
        assertEquals("ok", body.path("status").asText());
        assertEquals(server.services.rules().current().version(), body.path("ruleSetVersion").asText());
        assertEquals(64, body.path("ruleSetVersion").asText().length());
        Instant.parse(body.path("rulesLoadedAt").asText());
        assertTrue(body.path("rules").asInt() > 30);
    }

    @Test
    void openapi_document_describes_every_endpoint() {
        TestServer.Response r = server.get("/api/openapi.json");

        assertEquals(200, r.status());
        JsonNode doc = r.json();
        assertTrue(doc.path("openapi").asText().startsWith("3."));
        JsonNode paths = doc.path("paths");
        for (String path : List.of("/api/health", "/api/indicators", "/api/boards", "/api/boards/{id}/priorities",
                "/api/evaluations", "/api/evaluations/{id}", "/api/evaluations/{id}/trace", "/api/rules",
                "/api/rules/reload", "/api/audit/verify", "/api/openapi.json")) {
            assertFalse(paths.path(path).isMissingNode(), "not described: " + path);
        }
        assertTrue(doc.path("components").path("schemas").has("Error"));
        assertTrue(doc.path("components").path("schemas").has("ObservationsBody"));
    }
}
