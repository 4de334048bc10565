package org.wellbeing.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wellbeing.testing.SmallRules;

/**
 * Reloads while evaluations run: none fails, and each runs wholly on the old or the new rules. The rules are
 * a temporary copy of the tests' small rule set ({@link SmallRules}) whose band alternates between 10% and 30%,
 * which turns two ratings against England, 25% above and 25% below it, from HIGHER and LOWER to SIMILAR, with
 * the band in force named in each reason.
 */
class HttpReloadConcurrencyTest {
    static final int EVALUATIONS = 200;
    static final int RELOADS = 4;
    static final int THREADS = 16;
    static final String BODY = """
            {"observations": [
              {"indicatorId": "life-expectancy-male", "period": "2024/25", "value": 100.0, "england": 80.0},
              {"indicatorId": "life-expectancy-female", "period": "2024/25", "value": 60.0, "england": 80.0}]}""";

    static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.startOnSmallRules();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** What one evaluation answered. */
    record Answer(int status, String id, String version, List<String> outcomes, List<String> reasons, String body) {}

    @Test
    void reloads_during_200_concurrent_evaluations_lose_none_and_mix_no_rule_sets() throws Exception {
        String thresholds = Files.readString(server.rules.resolve(SmallRules.THRESHOLDS));
        Map<String, Double> bandOf = new ConcurrentHashMap<>();   // rule-set version -> band in force
        bandOf.put(server.services.rules().current().version(), 10.0);
        AtomicInteger reloadsDone = new AtomicInteger();
        List<Integer> reloadStatuses = new ArrayList<>();

        // Given: a reloader that alternates the band, one reload after another
        Thread reloader = new Thread(() -> {
            for (int k = 1; k <= RELOADS; k++) {
                double band = k % 2 == 1 ? 30.0 : 10.0;
                try {
                    Files.writeString(server.rules.resolve(SmallRules.THRESHOLDS),
                            thresholds.replace(SmallRules.BAND, SmallRules.band(band)));
                } catch (java.io.IOException e) {
                    throw new IllegalStateException(e);
                }
                TestServer.Response r = server.send(server.request("/api/rules/reload")
                        .header("Authorization", "Bearer " + TestServer.TOKEN)
                        .POST(HttpRequest.BodyPublishers.noBody()).build());
                synchronized (reloadStatuses) {
                    reloadStatuses.add(r.status());
                }
                if (r.status() == 200) {
                    bandOf.put(r.json().path("version").asText(), band);
                }
                reloadsDone.incrementAndGet();
            }
        }, "reloader");

        // When: 200 evaluations on a bounded pool, spread so that each reload has evaluations running across it
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<Answer>> futures = new ArrayList<>();
        try {
            reloader.start();
            for (int i = 0; i < EVALUATIONS; i++) {
                int phase = i * (RELOADS + 1) / EVALUATIONS;
                futures.add(pool.submit(() -> {
                    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                    while (reloadsDone.get() < phase && System.nanoTime() < deadline) {
                        Thread.sleep(5);
                    }
                    return evaluate();
                }));
            }
            reloader.join(TimeUnit.SECONDS.toMillis(90));
            pool.shutdown();
            assertTrue(pool.awaitTermination(90, TimeUnit.SECONDS), "evaluations did not finish");
        } finally {
            pool.shutdownNow();
        }

        // Then: every reload and every evaluation succeeded
        assertEquals(List.of(200, 200, 200, 200), reloadStatuses);
        List<Answer> answers = new ArrayList<>();
        for (Future<Answer> f : futures) answers.add(f.get());
        for (Answer a : answers) {
            assertEquals(201, a.status(), a.body());
        }
        // each evaluation ran on one known rule set, all of its ratings agreeing with that rule set's band
        Set<String> versionsSeen = ConcurrentHashMap.newKeySet();
        for (Answer a : answers) {
            Double band = bandOf.get(a.version());
            assertTrue(band != null, "unknown rule-set version " + a.version());
            versionsSeen.add(a.version());
            List<String> expected = band == 10.0 ? List.of("HIGHER", "LOWER") : List.of("SIMILAR", "SIMILAR");
            assertEquals(expected, a.outcomes(), a.body());
            for (String reason : a.reasons()) {
                assertTrue(reason.contains(" " + band + "% "), "band " + band + " expected in: " + reason);
            }
        }
        assertTrue(versionsSeen.size() >= 2, "evaluations should have run on both rule sets: " + versionsSeen);
        // and each was stored as answered
        for (Answer a : answers) {
            JsonNode stored = server.get("/api/evaluations/" + a.id()).json();
            assertEquals(a.version(), stored.path("ruleSetVersion").asText());
        }
        JsonNode verify = server.get("/api/audit/verify").json();
        assertTrue(verify.path("intact").asBoolean(), verify.toString());
        assertTrue(verify.path("recordsChecked").asLong() >= EVALUATIONS);
    }

    private static Answer evaluate() {
        TestServer.Response r = server.post("/api/evaluations", "application/json", BODY);
        if (r.status() != 201) {
            return new Answer(r.status(), null, null, List.of(), List.of(), r.body());
        }
        JsonNode body = r.json();
        JsonNode male = HttpEvaluationsTest.rating(body, "life-expectancy-male", "england");
        JsonNode female = HttpEvaluationsTest.rating(body, "life-expectancy-female", "england");
        return new Answer(201, body.path("id").asText(), body.path("ruleSetVersion").asText(),
                List.of(male.path("outcome").asText(), female.path("outcome").asText()),
                List.of(male.path("reason").asText(), female.path("reason").asText()), "");
    }
}
