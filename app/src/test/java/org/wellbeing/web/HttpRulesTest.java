package org.wellbeing.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wellbeing.testing.SmallRules;

/**
 * The rules: {@code GET /api/rules} and {@code POST /api/rules/reload} on a temporary copy of the tests' own small
 * rule set ({@link SmallRules}), so that what is tested is the endpoint, not the bundled policy.
 */
class HttpRulesTest {
    static TestServer server;
    static String originalVersion;
    static String thresholds;
    static String compare;

    @BeforeAll
    static void start() throws IOException {
        server = TestServer.startOnSmallRules();
        originalVersion = server.services.rules().current().version();
        thresholds = Files.readString(server.rules.resolve(SmallRules.THRESHOLDS));
        compare = Files.readString(server.rules.resolve(SmallRules.COMPARE));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** Puts the rule files back and, if the live rules changed, reloads the originals. */
    @AfterEach
    void restoreRules() throws IOException {
        Files.writeString(server.rules.resolve(SmallRules.THRESHOLDS), thresholds);
        Files.writeString(server.rules.resolve(SmallRules.COMPARE), compare);
        if (!server.services.rules().current().version().equals(originalVersion)) {
            assertEquals(200, reload("Bearer " + TestServer.TOKEN).status());
        }
    }

    @Test
    void rules_lists_files_version_and_every_rule_with_file_and_line() throws IOException {
        TestServer.Response r = server.get("/api/rules");

        assertEquals(200, r.status());
        JsonNode body = r.json();
        assertEquals(originalVersion, body.path("version").asText());
        List<String> files = new ArrayList<>();
        body.path("files").forEach(f -> files.add(f.path("path").asText()));
        assertEquals(List.of(SmallRules.COMPARE, SmallRules.THRESHOLDS), files.stream().sorted().toList());
        // every rule of the files, each at the line of its title, and nothing else
        List<String> written = new ArrayList<>();
        for (String file : files) {
            List<String> lines = Files.readAllLines(server.rules.resolve(file));
            Pattern title = Pattern.compile("^rule \"([^\"]+)\"");
            for (int i = 0; i < lines.size(); i++) {
                Matcher m = title.matcher(lines.get(i));
                if (m.find()) written.add(m.group(1) + " @ " + file + ":" + (i + 1));
            }
        }
        List<String> listed = new ArrayList<>();
        for (JsonNode rule : body.path("rules")) {
            assertEquals(rule.path("file").asText() + ":" + rule.path("line").asInt(), rule.path("location").asText());
            listed.add(rule.path("name").asText() + " @ " + rule.path("location").asText());
        }
        assertEquals(written.stream().sorted().toList(), listed.stream().sorted().toList());
        assertTrue(body.path("thresholds").toString().contains("test.band"), body.path("thresholds").toString());
    }

    @Test
    void reload_is_switched_off_without_an_admin_token() {
        try (TestServer noToken = TestServer.startOnSmallRules(null)) {
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
        server.editRule(SmallRules.THRESHOLDS, SmallRules.BAND, SmallRules.band(30.0));

        assertEquals(403, reload("Bearer wrong-token").status());
        assertEquals(403, reload("Bearer " + TestServer.TOKEN + "x").status());
        assertEquals(originalVersion, server.get("/api/health").json().path("ruleSetVersion").asText());
        assertEquals("HIGHER", outcomeAgainstEngland());
    }

    @Test
    void reload_with_the_token_swaps_in_the_changed_rules() throws IOException {
        assertEquals("HIGHER", outcomeAgainstEngland());
        server.editRule(SmallRules.THRESHOLDS, SmallRules.BAND, SmallRules.band(30.0));

        TestServer.Response r = reload("Bearer " + TestServer.TOKEN);

        assertEquals(200, r.status(), r.body());
        JsonNode body = r.json();
        assertTrue(body.path("changed").asBoolean());
        assertEquals(originalVersion, body.path("previousVersion").asText());
        String newVersion = body.path("version").asText();
        assertNotEquals(originalVersion, newVersion);
        assertEquals(newVersion, server.get("/api/health").json().path("ruleSetVersion").asText());
        assertEquals("SIMILAR", outcomeAgainstEngland());
        // the new rule set's files are kept for audit and replay, in the policy version evaluations now name
        String policy = server.post("/api/evaluations", "application/json", "{}")
                .json().path("policyVersion").asText();
        var files = server.services.store().loadPolicy(policy).orElseThrow();
        assertEquals(Files.readString(server.rules.resolve(SmallRules.THRESHOLDS)),
                files.get("rules/" + SmallRules.THRESHOLDS));
    }

    @Test
    void a_broken_rule_file_is_422_with_file_and_line_and_the_old_rules_stay_live() throws IOException {
        int lines = compare.split("\n", -1).length;
        Files.writeString(server.rules.resolve(SmallRules.COMPARE), compare + """

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
        String prefix = SmallRules.COMPARE + ":";
        assertTrue(detail.path("path").asText().startsWith(prefix), detail.toString());
        int line = Integer.parseInt(detail.path("path").asText().substring(prefix.length()));
        assertTrue(line >= lines, "line " + line + " should point into the appended rule");
        assertEquals(originalVersion, server.get("/api/health").json().path("ruleSetVersion").asText());
        assertEquals("HIGHER", outcomeAgainstEngland());
    }

    @Test
    void rules_that_compile_but_leave_comparisons_without_an_outcome_are_422() throws IOException {
        // the rule for values above the band removed: comparisons above it get no outcome
        int start = compare.indexOf("rule \"Test: above the band\"");
        String without = compare.substring(0, start) + compare.substring(compare.indexOf("\nend", start) + 4);
        Files.writeString(server.rules.resolve(SmallRules.COMPARE), without);

        TestServer.Response r = reload("Bearer " + TestServer.TOKEN);

        assertEquals(422, r.status(), r.body());
        JsonNode details = r.json().path("details");
        assertTrue(details.size() > 0);
        assertTrue(details.get(0).path("message").asText().startsWith("gap:"), details.get(0).toString());
        assertFalse(details.get(0).path("path").asText().isEmpty());
        assertEquals(originalVersion, server.get("/api/health").json().path("ruleSetVersion").asText());
    }

    private static TestServer.Response reload(String authorization) {
        HttpRequest.Builder b = server.request("/api/rules/reload").POST(HttpRequest.BodyPublishers.noBody());
        if (authorization != null) b.header("Authorization", authorization);
        return server.send(b.build());
    }

    private static String outcomeAgainstEngland() {
        return outcomeAgainstEngland(server);
    }

    /** The outcome of {@link SmallRules#REQUEST} against England on the server's live rules. */
    static String outcomeAgainstEngland(TestServer server) {
        TestServer.Response r = server.post("/api/evaluations", "application/json", SmallRules.REQUEST);
        assertEquals(201, r.status(), r.body());
        return HttpEvaluationsTest.rating(r.json(), "life-expectancy-male", "england").path("outcome").asText();
    }
}
