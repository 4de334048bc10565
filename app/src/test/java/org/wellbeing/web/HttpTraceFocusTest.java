package org.wellbeing.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One cell of the matrix explained: {@code GET /api/evaluations/{id}/trace?indicator=ID&focus=C&period=P}
 * gives the rating, the chain of rules behind it and the thresholds in force.
 */
class HttpTraceFocusTest {
    static TestServer server;
    static String evaluationId;

    @BeforeAll
    static void start() {
        server = TestServer.shared();
        evaluationId = server.get("/api/boards/childrens-trust-board/matrix?period=2022/23").json()
                .path("evaluationId").asText();
    }


    private static TestServer.Response trace(String query) {
        return server.get("/api/evaluations/" + evaluationId + "/trace?" + query);
    }

    @Test
    void a_cell_is_explained_by_the_rule_that_rated_it_and_the_thresholds_behind_it() throws IOException {
        TestServer.Response r = trace("indicator=child-poverty-after-housing-costs&focus=england&period=2022/23");

        assertEquals(200, r.status(), r.body());
        JsonNode t = r.json();
        assertEquals("england", t.path("focus").asText());
        assertEquals("2022/23", t.path("period").asText());
        assertEquals(1, t.path("subjects").size());
        assertEquals("Rating", t.path("subjects").get(0).path("type").asText());
        assertEquals(1, t.path("ratings").size());
        JsonNode rating = t.path("ratings").get(0);
        assertTrue(t.path("headline").asText().startsWith(rating.path("outcome").asText() + " against england"),
                t.path("headline").asText());
        // the rule that gave the rating comes first, where the matrix says it is written
        JsonNode first = t.path("firings").get(0);
        assertEquals(rating.path("rule").asText(), first.path("rule").asText());
        assertEquals(rating.path("ruleFile").asText(), first.path("location").asText());
        // then the rules behind what it matched, each a live rule where GET /api/rules says it is written
        Map<String, String> locations = HttpEvaluationsTest.ruleLocations(server);
        for (JsonNode f : t.path("firings")) {
            assertEquals(locations.get(f.path("rule").asText()), f.path("location").asText(), f.toString());
        }
        assertThresholdsAsWritten(t);
    }

    @Test
    void a_neighbour_cell_names_the_thresholds_its_firings_matched_once_each() throws IOException {
        JsonNode t = trace("indicator=child-poverty-after-housing-costs&focus=neighbours").json();

        assertEquals("2022/23", t.path("period").asText());
        assertEquals(thresholdsOfFirings(t), names(t.path("thresholds")));
        assertThresholdsAsWritten(t);
    }

    @Test
    void the_trend_cell_is_explained_by_its_trend_and_any_flag() {
        JsonNode t = trace("indicator=communication-language-literacy-reception&focus=trend&period=2022/23").json();

        List<String> types = new ArrayList<>();
        t.path("subjects").forEach(s -> types.add(s.path("type").asText()));
        assertTrue(types.contains("Trend"), types.toString());
        assertTrue(List.of("Trend", "TrendFlag").containsAll(types), types.toString());
        assertTrue(t.path("firings").size() >= types.size());
        assertEquals(thresholdsOfFirings(t), names(t.path("thresholds")));
        assertEquals(0, t.path("ratings").size());
    }

    @Test
    void an_unfocused_trace_also_lists_the_thresholds_once() throws IOException {
        JsonNode t = trace("indicator=child-poverty-after-housing-costs").json();

        assertTrue(t.path("focus").isNull());
        assertEquals(4, t.path("ratings").size());
        List<String> names = new ArrayList<>();
        t.path("thresholds").forEach(x -> names.add(x.path("name").asText()));
        assertFalse(names.isEmpty());
        assertEquals(names.stream().distinct().toList(), names);
        assertEquals(thresholdsOfFirings(t), names(t.path("thresholds")));
        assertThresholdsAsWritten(t);
    }

    @Test
    void an_unknown_focus_is_400_naming_the_parameter() {
        TestServer.Response r = trace("indicator=child-poverty-after-housing-costs&focus=county");

        assertEquals(400, r.status());
        JsonNode detail = r.json().path("details").get(0);
        assertEquals("focus", detail.path("path").asText());
        assertTrue(detail.path("message").asText().contains("neighbours"));
    }

    @Test
    void a_period_the_evaluation_lacks_is_400_and_a_period_without_a_focus_too() {
        TestServer.Response unknown = trace("indicator=child-poverty-after-housing-costs&focus=england&period=1999");
        TestServer.Response alone = trace("indicator=child-poverty-after-housing-costs&period=2022/23");

        assertEquals(400, unknown.status());
        assertEquals("period", unknown.json().path("details").get(0).path("path").asText());
        assertEquals(400, alone.status());
        assertEquals("period", alone.json().path("details").get(0).path("path").asText());
    }

    @Test
    void a_cell_with_no_rating_in_the_period_is_404() {
        TestServer.Response r = trace("indicator=child-poverty-after-housing-costs&focus=england&period=2021/22");

        assertEquals(404, r.status());
        assertTrue(r.json().path("error").asText().contains("2021/22"));
    }

    /** The distinct names of the thresholds the trace's firings matched. */
    private static Set<String> thresholdsOfFirings(JsonNode trace) {
        Set<String> out = new TreeSet<>();
        trace.path("firings").forEach(f -> f.path("thresholds").forEach(x -> out.add(x.path("name").asText())));
        return out;
    }

    private static Set<String> names(JsonNode thresholds) {
        Set<String> out = new TreeSet<>();
        thresholds.forEach(x -> out.add(x.path("name").asText()));
        return out;
    }

    /** Each threshold in force has the value the rule files set, and points at the line that sets it. */
    private static void assertThresholdsAsWritten(JsonNode trace) throws IOException {
        Map<String, Double> written = HttpEvaluationsTest.thresholdsWritten(server);
        for (JsonNode x : trace.path("thresholds")) {
            String name = x.path("name").asText();
            assertEquals(written.get(name), x.path("value").asDouble(), name);
            String[] at = x.path("location").asText().split(":");
            assertEquals(2, at.length, x.toString());
            List<String> lines = Files.readAllLines(server.rules.resolve(at[0]));
            assertTrue(lines.get(Integer.parseInt(at[1]) - 1).contains("\"" + name + "\""), x.toString());
        }
    }
}
