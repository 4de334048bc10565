package org.wellbeing.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The rules: {@code GET /api/rules} and {@code POST /api/rules/reload} on a temporary copy of {@code rules/}. */
class HttpRulesTest {
    static final String MALE = """
            {"observations": [{"indicatorId": "life-expectancy-male", "period": "2024/25", "value": 78.1, "england": 79.4}]}""";

    static TestServer server;
    static String originalVersion;
    static String thresholds;
    static String goal;

    @BeforeAll
    static void start() throws IOException {
        server = TestServer.start();
        originalVersion = server.services.rules().current().version();
        thresholds = Files.readString(server.rules.resolve("thresholds.drl"));
        goal = Files.readString(server.rules.resolve("compare/goal.drl"));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** Puts the rule files back and, if the live rules changed, reloads the originals. */
    @AfterEach
    void restoreRules() throws IOException {
        Files.writeString(server.rules.resolve("thresholds.drl"), thresholds);
        Files.writeString(server.rules.resolve("compare/goal.drl"), goal);
        if (!server.services.rules().current().version().equals(originalVersion)) {
            assertEquals(200, reload("Bearer " + TestServer.TOKEN).status());
        }
    }

    @Test
    void rules_lists_files_version_and_every_rule_with_file_and_line() {
        TestServer.Response r = server.get("/api/rules");

        assertEquals(200, r.status());
        JsonNode body = r.json();
        assertEquals(originalVersion, body.path("version").asText());
        List<String> files = new ArrayList<>();
        body.path("files").forEach(f -> files.add(f.path("path").asText()));
        assertTrue(files.containsAll(List.of("thresholds.drl", "compare/goal.drl", "compare/polarity.drl")), files.toString());
        JsonNode first = body.path("rules").get(0);
        assertEquals(first.path("file").asText() + ":" + first.path("line").asInt(), first.path("location").asText());
        assertTrue(body.path("rules").size() > 30);
        String at = "thresholds.drl:" + org.wellbeing.testing.Fixtures.lineOfFile(Path.of("rules", "thresholds.drl"),
                "rule \"Thresholds in force\"");
        boolean found = false;
        for (JsonNode rule : body.path("rules")) {
            found |= rule.path("name").asText().equals("Thresholds in force") && rule.path("location").asText().equals(at);
        }
        assertTrue(found, "\"Thresholds in force\" at " + at);
        assertTrue(body.path("thresholds").toString().contains("similar.band.mean"));
    }

    @Test
    void reload_is_switched_off_without_an_admin_token() {
        try (TestServer noToken = TestServer.start(null)) {
            TestServer.Response r = noToken.send(noToken.request("/api/rules/reload")
                    .header("Authorization", "Bearer anything").POST(HttpRequest.BodyPublishers.noBody()).build());

            assertEquals(403, r.status());
            assertTrue(r.json().path("error").asText().contains(WebSettings.ADMIN_TOKEN_VARIABLE));
        }
    }

    @Test
    void reload_without_credentials_is_401() {
        TestServer.Response r = reload(null);

        assertEquals(401, r.status());
        assertTrue(r.header("WWW-Authenticate").startsWith("Bearer"));
        HttpErrorsTest.assertError(r);
        assertEquals(401, reload("Basic dXNlcjpwYXNz").status());
        assertEquals(401, reload("Bearer ").status());
    }

    @Test
    void reload_with_a_wrong_token_is_403_and_changes_nothing() throws IOException {
        server.editRule("thresholds.drl", "\"similar.band.mean\", 0.5,", "\"similar.band.mean\", 2.0,");

        assertEquals(403, reload("Bearer wrong-token").status());
        assertEquals(403, reload("Bearer " + TestServer.TOKEN + "x").status());
        assertEquals(originalVersion, server.get("/api/health").json().path("ruleSetVersion").asText());
    }

    @Test
    void reload_with_the_token_swaps_in_the_changed_rules() throws IOException {
        assertEquals("RED", outcomeAgainstEngland());
        server.editRule("thresholds.drl", "\"similar.band.mean\", 0.5,", "\"similar.band.mean\", 2.0,");

        TestServer.Response r = reload("Bearer " + TestServer.TOKEN);

        assertEquals(200, r.status(), r.body());
        JsonNode body = r.json();
        assertTrue(body.path("changed").asBoolean());
        assertEquals(originalVersion, body.path("previousVersion").asText());
        String newVersion = body.path("version").asText();
        assertNotEquals(originalVersion, newVersion);
        assertEquals(newVersion, server.get("/api/health").json().path("ruleSetVersion").asText());
        assertEquals("AMBER", outcomeAgainstEngland());
        // the new rule set's files are kept for audit and replay
        assertTrue(server.services.store().loadRuleSet(newVersion).isPresent());
    }

    @Test
    void a_broken_rule_file_is_422_with_file_and_line_and_the_old_rules_stay_live() throws IOException {
        int lines = goal.split("\n", -1).length;
        Files.writeString(server.rules.resolve("compare/goal.drl"), goal + """

                rule "Broken on purpose"
                when
                    Indicator( id == )
                then
                end
                """);

        TestServer.Response r = reload("Bearer " + TestServer.TOKEN);

        assertEquals(422, r.status(), r.body());
        JsonNode body = r.json();
        assertTrue(body.path("error").asText().contains(originalVersion.substring(0, 12) + " stays live"), body.toString());
        JsonNode detail = body.path("details").get(0);
        assertTrue(detail.path("path").asText().startsWith("compare/goal.drl:"), detail.toString());
        int line = Integer.parseInt(detail.path("path").asText().substring("compare/goal.drl:".length()));
        assertTrue(line >= lines, "line " + line + " should point into the appended rule");
        assertEquals(originalVersion, server.get("/api/health").json().path("ruleSetVersion").asText());
        assertEquals("RED", outcomeAgainstEngland());
    }

    @Test
    void rules_that_compile_but_leave_comparisons_without_an_outcome_are_422() throws IOException {
        Path goalFile = server.rules.resolve("compare/goal.drl");
        Files.delete(goalFile);
        try {
            TestServer.Response r = reload("Bearer " + TestServer.TOKEN);

            assertEquals(422, r.status(), r.body());
            JsonNode details = r.json().path("details");
            assertTrue(details.size() > 0);
            assertTrue(details.get(0).path("message").asText().startsWith("gap:"), details.get(0).toString());
            assertFalse(details.get(0).path("path").asText().isEmpty());
            assertEquals(originalVersion, server.get("/api/health").json().path("ruleSetVersion").asText());
        } finally {
            Files.writeString(goalFile, goal);
        }
    }

    private static TestServer.Response reload(String authorization) {
        HttpRequest.Builder b = server.request("/api/rules/reload").POST(HttpRequest.BodyPublishers.noBody());
        if (authorization != null) b.header("Authorization", authorization);
        return server.send(b.build());
    }

    private static String outcomeAgainstEngland() {
        TestServer.Response r = server.post("/api/evaluations", "application/json", MALE);
        assertEquals(201, r.status(), r.body());
        return HttpEvaluationsTest.rating(r.json(), "life-expectancy-male", "england").path("outcome").asText();
    }
}
