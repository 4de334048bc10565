package org.wellbeing.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The audit store through the API: {@code GET /api/audit/verify}, and evaluations read back after a restart. */
class HttpAuditTest {
    static final String BODY = """
            {"observations": [{"indicatorId": "life-expectancy-male", "period": "2024/25", "value": 78.1, "england": 79.4}]}""";

    /** Shared by the tests that only add evaluations; tampering and restarting get their own server. */
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
    void verify_reports_an_intact_chain_whose_head_is_the_last_evaluation() {
        long before = server.get("/api/audit/verify").json().path("recordsChecked").asLong();
        server.post("/api/evaluations", "application/json", BODY);
        JsonNode last = server.post("/api/evaluations", "application/json", BODY).json();

        TestServer.Response r = server.get("/api/audit/verify");

        assertEquals(200, r.status());
        JsonNode report = r.json();
        assertTrue(report.path("intact").asBoolean());
        assertEquals(before + 2, report.path("recordsChecked").asLong());
        assertEquals(last.path("auditSequence").asLong(), report.path("headSequence").asLong());
        assertEquals(last.path("auditHash").asText(), report.path("headHash").asText());
        assertEquals(0, report.path("problems").size());
    }

    @Test
    void verify_checks_a_noted_head_hash_is_still_in_the_chain() {
        String noted = server.post("/api/evaluations", "application/json", BODY).json().path("auditHash").asText();
        server.post("/api/evaluations", "application/json", BODY);

        assertTrue(server.get("/api/audit/verify?head=" + noted).json().path("intact").asBoolean());
        JsonNode missing = server.get("/api/audit/verify?head=" + "ab".repeat(32)).json();
        assertFalse(missing.path("intact").asBoolean());
        assertEquals("HEAD_MISSING", missing.path("problems").get(0).path("kind").asText());
    }

    @Test
    void verify_with_a_malformed_head_is_400() {
        TestServer.Response r = server.get("/api/audit/verify?head=not-a-hash");

        assertEquals(400, r.status());
        assertEquals("head", r.json().path("details").get(0).path("path").asText());
    }

    @Test
    void verify_shows_a_record_edited_behind_the_stores_back() throws Exception {
        try (TestServer own = TestServer.start()) {
            String id = own.post("/api/evaluations", "application/json", BODY).json().path("id").asText();
            own.post("/api/evaluations", "application/json", BODY);
            // Given a tamperer who drops the trigger and turns a RED into a GREEN with plain SQL
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + own.db);
                 Statement s = c.createStatement()) {
                s.execute("DROP TRIGGER evaluation_no_update");
                s.execute("UPDATE evaluation SET payload_json = replace(payload_json, '\"RED\"', '\"GREEN\"') WHERE id = '" + id + "'");
            }

            JsonNode report = own.get("/api/audit/verify").json();

            assertFalse(report.path("intact").asBoolean());
            JsonNode problem = report.path("problems").get(0);
            assertEquals(id, problem.path("id").asText());
            assertEquals("EDITED", problem.path("kind").asText());
        }
    }

    @Test
    void a_stored_evaluation_and_its_trace_are_served_after_a_restart() {
        TestServer first = TestServer.start();
        JsonNode posted = first.post("/api/evaluations", "application/json", BODY).json();
        String id = posted.path("id").asText();

        try (TestServer second = first.restart()) {
            TestServer.Response r = second.get("/api/evaluations/" + id);
            assertEquals(200, r.status(), r.body());
            assertEquals(posted.path("ratings"), r.json().path("ratings"));
            TestServer.Response trace = second.get("/api/evaluations/" + id + "/trace?indicator=life-expectancy-male");
            assertEquals(200, trace.status());
            assertTrue(trace.json().path("firings").size() > 0);
            assertEquals(1, second.get("/api/health").json().path("auditRecords").asLong());
        }
    }
}
