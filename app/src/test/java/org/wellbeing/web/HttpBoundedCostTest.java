package org.wellbeing.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wellbeing.audit.AuditStats;
import org.wellbeing.audit.EvaluationRecord;
import org.wellbeing.io.out.CompactRecord;
import org.wellbeing.io.json.EvaluationBody;

/**
 * What one request may cost the service, on a real server with a limit of {@value #LIMIT} observations per
 * request: what is stored stays within twice the body plus 16 KB, a request over the limit is refused whole,
 * and requests at the limit arriving together are answered (or told to come back), never with a crash.
 */
class HttpBoundedCostTest {
    static final int LIMIT = 500;
    private static final Set<Integer> TOLD_TO_COME_BACK = Set.of(429, 503);
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.startWithObservationLimit(LIMIT);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void what_is_stored_stays_within_twice_the_body_plus_16_kb() {
        double shift = 0.01;
        for (int count : new int[] {1, 75, LIMIT}) {
            String body = body(count, shift += 0.01);
            AuditStats before = server.services.store().stats();
            TestServer.Response r = server.post("/api/evaluations", "application/json", body);
            assertEquals(201, r.status(), r.body());
            AuditStats after = server.services.store().stats();
            // one record, and no content but its inputs (the policy was stored when the service started)
            assertEquals(before.records() + 1, after.records());
            EvaluationRecord record = server.services.store().find(r.json().path("id").asText()).orElseThrow().record();
            long inputs = server.services.store().storedContentBytes(CompactRecord.read(record.payloadJson()).inputs())
                    .orElseThrow();
            assertEquals(before.contentBytes() + inputs, after.contentBytes());
            long stored = after.recordBytes() + after.contentBytes() - before.recordBytes() - before.contentBytes();
            long bodyBytes = body.getBytes(StandardCharsets.UTF_8).length;
            assertTrue(stored <= 2 * bodyBytes + 16 * 1024,
                    count + " observations: stored " + stored + " bytes for a body of " + bodyBytes);
        }
    }

    @Test
    void more_observations_than_the_limit_is_413_with_the_error_shape_and_nothing_stored() {
        long records = server.services.store().stats().records();
        TestServer.Response r = server.post("/api/evaluations", "application/json", body(LIMIT + 1, 0.5));
        assertEquals(413, r.status(), r.body());
        JsonNode error = r.json();
        assertTrue(error.path("error").asText().contains((LIMIT + 1) + " observations"), r.body());
        assertTrue(error.path("error").asText().contains("limit of " + LIMIT), r.body());
        assertTrue(error.path("details").isArray(), r.body());
        assertEquals(records, server.services.store().stats().records());
    }

    @Test
    void three_requests_at_the_limit_at_once_are_answered_or_told_to_come_back() throws Exception {
        long records = server.services.store().stats().records();
        ExecutorService clients = Executors.newFixedThreadPool(3);
        List<Future<TestServer.Response>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) {
                String body = body(LIMIT, 1.0 + i);
                answers.add(clients.submit(() -> server.post("/api/evaluations", "application/json", body)));
            }
            int created = 0;
            for (Future<TestServer.Response> answer : answers) {
                TestServer.Response r = answer.get();
                if (r.status() == 201) {
                    created++;
                    assertEquals(LIMIT, r.json().path("ratings").size() / 4, r.body().substring(0, 200));
                } else {
                    assertTrue(TOLD_TO_COME_BACK.contains(r.status()), r.status() + " " + r.body());
                    assertFalse(r.json().path("error").asText().isBlank(), r.body());
                    assertNotNull(r.header("Retry-After"), r.body());
                }
            }
            assertTrue(created >= 1, "none of three requests at the limit was evaluated");
            assertEquals(records + created, server.services.store().stats().records());
            assertEquals(200, server.get("/api/health").status());
        } finally {
            clients.shutdownNow();
        }
    }

    private static String body(int count, double shift) {
        return new String(EvaluationBody.copies(server.services.data(), count, shift).json(), StandardCharsets.UTF_8);
    }
}
