package org.wellbeing.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
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
    void a_red_cell_is_explained_by_the_rule_that_rated_it_and_the_thresholds_behind_it() {
        TestServer.Response r = trace("indicator=child-poverty-after-housing-costs&focus=england&period=2022/23");

        assertEquals(200, r.status(), r.body());
        JsonNode t = r.json();
        assertEquals("england", t.path("focus").asText());
        assertEquals("2022/23", t.path("period").asText());
        assertTrue(t.path("headline").asText().startsWith("RED against england"), t.path("headline").asText());
        assertEquals(1, t.path("subjects").size());
        assertEquals("Rating", t.path("subjects").get(0).path("type").asText());
        assertEquals(1, t.path("ratings").size());
        // the rule that gave the rating comes first, where the matrix says it is written
        JsonNode first = t.path("firings").get(0);
        assertEquals("Worse: higher and low is good", first.path("rule").asText());
        assertEquals(t.path("ratings").get(0).path("ruleFile").asText(), first.path("location").asText());
        // then the rules behind what it matched: the difference, the similar-band and its threshold
        assertEquals(List.of("Worse: higher and low is good",
                "Higher: no confidence interval, above the similar-band of the benchmark",
                "A benchmark value the observation can be compared with",
                "Similar-band for proportions"), rules(t));
        JsonNode threshold = t.path("thresholds").get(0);
        assertEquals("similar.band.proportion", threshold.path("name").asText());
        assertEquals(4.0, threshold.path("value").asDouble());
        assertTrue(threshold.path("location").asText().matches("thresholds\\.drl:\\d+"), threshold.toString());
    }

    @Test
    void a_neighbour_cell_names_the_rank_thresholds() {
        JsonNode t = trace("indicator=child-poverty-after-housing-costs&focus=neighbours").json();

        assertEquals("2022/23", t.path("period").asText());
        List<String> names = new ArrayList<>();
        t.path("thresholds").forEach(x -> names.add(x.path("name").asText()));
        assertEquals(List.of("neighbours.green.top.share", "neighbours.red.bottom.share"), names);
    }

    @Test
    void the_trend_cell_is_explained_with_its_worsening_flag() {
        JsonNode t = trace("indicator=communication-language-literacy-reception&focus=trend&period=2022/23").json();

        List<String> types = new ArrayList<>();
        t.path("subjects").forEach(s -> types.add(s.path("type").asText()));
        assertEquals(List.of("Trend", "TrendFlag"), types.stream().sorted().toList());
        assertTrue(t.path("headline").asText().contains("Worsening"), t.path("headline").asText());
        assertTrue(t.path("firings").size() >= 2);
        assertTrue(t.path("thresholds").size() >= 1);
        assertEquals(0, t.path("ratings").size());
    }

    @Test
    void an_unfocused_trace_also_lists_the_thresholds_once() {
        JsonNode t = trace("indicator=child-poverty-after-housing-costs").json();

        assertTrue(t.path("focus").isNull());
        assertEquals(4, t.path("ratings").size());
        List<String> names = new ArrayList<>();
        t.path("thresholds").forEach(x -> names.add(x.path("name").asText()));
        assertTrue(names.contains("similar.band.proportion"), names.toString());
        assertEquals(names.stream().distinct().toList(), names);
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

    private static List<String> rules(JsonNode trace) {
        List<String> out = new ArrayList<>();
        trace.path("firings").forEach(f -> out.add(f.path("rule").asText()));
        return out;
    }
}
