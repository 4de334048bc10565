package org.wellbeing.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wellbeing.rules.RuleFiles;

/** Evaluations: {@code POST /api/evaluations}, {@code GET /api/evaluations/{id}} and its trace. */
class HttpEvaluationsTest {
    static final String TWO_OBSERVATIONS = """
            {"area": {"code": "E06000032", "name": "Luton", "regionName": "East of England"},
             "observations": [
               {"indicatorId": "life-expectancy-male", "period": "2024/25", "timePeriod": "2021-23",
                "value": 78.1, "england": 79.4, "region": 80.2, "neighbourRank": 6, "neighbourOf": 16},
               {"indicatorId": "life-expectancy-female", "period": "2024/25", "timePeriod": "2021-23",
                "value": 82.4, "lower95": 82.0, "upper95": 82.8, "england": 83.1, "region": 82.5}
             ]}""";

    static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.shared();
    }


    @Test
    void post_without_a_body_evaluates_the_bundled_data_and_answers_201_once_stored() {
        TestServer.Response r = server.postEmpty("/api/evaluations");

        assertEquals(201, r.status(), r.body());
        JsonNode body = r.json();
        String id = body.path("id").asText();
        assertEquals("/api/evaluations/" + id, r.header("Location"));
        assertTrue(body.path("source").asText().startsWith("bundled data"));
        assertEquals(108 * 4, body.path("ratings").size());
        assertEquals(0, body.path("problems").size());
        for (JsonNode rating : body.path("ratings")) {
            assertFalse(rating.path("rule").asText().isEmpty());
            assertTrue(rating.path("ruleFile").asText().matches(".+\\.drl:\\d+"), rating.toString());
        }
        // acknowledged means stored: the record is in the audit store when the answer arrives
        var stored = server.services.store().find(id);
        assertTrue(stored.isPresent());
        assertEquals(body.path("auditSequence").asLong(), stored.get().sequence());
        assertEquals(server.services.rules().current().version(), stored.get().record().ruleSetVersion());
    }

    @Test
    void post_of_an_empty_json_object_also_evaluates_the_bundled_data() {
        TestServer.Response r = server.post("/api/evaluations", "application/json", "{}");

        assertEquals(201, r.status(), r.body());
        assertEquals(108 * 4, r.json().path("ratings").size());
    }

    @Test
    void post_of_json_observations_rates_each_against_every_comparator_naming_the_rule() {
        TestServer.Response r = server.post("/api/evaluations", "application/json", TWO_OBSERVATIONS);

        assertEquals(201, r.status(), r.body());
        JsonNode body = r.json();
        assertEquals("JSON body", body.path("source").asText());
        assertEquals(8, body.path("ratings").size());
        assertEquals(0, body.path("problems").size());
        // each rating is of the values posted, and names a live rule at the file and line GET /api/rules gives
        Map<String, String> locations = ruleLocations(server);
        for (String indicator : List.of("life-expectancy-male", "life-expectancy-female")) {
            for (String comparator : List.of("england", "region", "neighbours", "goal")) {
                JsonNode rating = rating(body, indicator, comparator);
                assertFalse(rating.path("outcome").asText().isEmpty(), rating.toString());
                assertFalse(rating.path("method").asText().isEmpty(), rating.toString());
                String rule = rating.path("rule").asText();
                assertEquals(locations.get(rule), rating.path("ruleFile").asText(), rating.toString());
            }
        }
        assertEquals(78.1, rating(body, "life-expectancy-male", "england").path("value").asDouble());
        assertEquals(79.4, rating(body, "life-expectancy-male", "england").path("benchmark").asDouble());
        assertEquals(82.5, rating(body, "life-expectancy-female", "region").path("benchmark").asDouble());
    }

    @Test
    void get_reads_the_evaluation_back_from_the_audit_store() {
        JsonNode posted = server.post("/api/evaluations", "application/json", TWO_OBSERVATIONS).json();
        String id = posted.path("id").asText();

        TestServer.Response r = server.get("/api/evaluations/" + id);

        assertEquals(200, r.status());
        JsonNode got = r.json();
        assertEquals(posted.path("ratings"), got.path("ratings"));
        assertEquals(posted.path("ruleSetVersion"), got.path("ruleSetVersion"));
        assertEquals(posted.path("inputDigest"), got.path("inputDigest"));
        assertEquals(posted.path("auditHash"), got.path("auditHash"));
        assertTrue(got.path("firingCount").asInt() > 8);
    }

    @Test
    void trace_shows_the_firings_behind_an_indicator_with_matched_values_and_thresholds() throws IOException {
        String id = server.post("/api/evaluations", "application/json", TWO_OBSERVATIONS).json().path("id").asText();

        TestServer.Response r = server.get("/api/evaluations/" + id + "/trace?indicator=life-expectancy-male");

        assertEquals(200, r.status(), r.body());
        JsonNode trace = r.json();
        assertEquals("life-expectancy-male", trace.path("indicatorId").asText());
        assertEquals(4, trace.path("ratings").size());
        // the firing that rated male life expectancy against England matched the value posted
        JsonNode england = rating(trace, "life-expectancy-male", "england");
        JsonNode worse = firing(trace, england.path("rule").asText());
        JsonNode observation = fact(worse.path("matched"), "Observation");
        assertEquals(78.1, observation.path("fact").path("value").asDouble());
        assertEquals("Rating", worse.path("inserted").get(0).path("type").asText());
        // every threshold in force is named with the value the rule files set
        Map<String, Double> written = thresholdsWritten(server);
        assertFalse(trace.path("thresholds").isEmpty(), trace.toString());
        for (JsonNode f : trace.path("firings")) {
            for (JsonNode t : f.path("thresholds")) {
                String name = t.path("name").asText();
                assertTrue(written.containsKey(name), name + " is not set in the rule files");
                assertEquals(written.get(name), t.path("value").asDouble(), name);
            }
        }
        // no firing about the other indicator
        for (JsonNode f : trace.path("firings")) {
            for (JsonNode inserted : f.path("inserted")) {
                assertEquals("life-expectancy-male", inserted.path("indicatorId").asText());
            }
        }
        // file:line agrees with GET /api/rules
        JsonNode rules = server.get("/api/rules").json().path("rules");
        boolean listed = false;
        for (JsonNode rule : rules) {
            listed |= rule.path("name").asText().equals(worse.path("rule").asText())
                    && rule.path("location").asText().equals(worse.path("location").asText());
        }
        assertTrue(listed);
    }

    @Test
    void post_of_a_fingertips_download_rates_its_areas_against_england_and_region() throws Exception {
        // Given a real Fingertips "all data" extract (England, the region and Luton rows of campylobacter)
        String csv = java.nio.file.Files.readString(org.wellbeing.testing.Fixtures.path("fingertips/valid_26_columns.csv"));

        // When it is uploaded
        TestServer.Response r = server.post("/api/evaluations", "text/csv", csv);

        // Then 201, and its areas are rated with the rule behind each rating
        assertEquals(201, r.status(), r.body());
        JsonNode ratings = r.json().path("ratings");
        assertTrue(ratings.size() > 0, r.body());
        for (JsonNode rating : ratings) {
            assertFalse(rating.path("rule").asText().isEmpty(), rating.toString());
        }
    }

    @Test
    void post_of_a_csv_in_the_towns_layout_is_evaluated() {
        String csv = """
                indicator_id,period,time_period,value,england,region,nn_rank,nn_of,nn_value,quality,note
                life-expectancy-male,2024/25,2021-23,78.1,79.4,80.2,6,16,,ok,
                life-expectancy-female,2024/25,2021-23,82.4,83.1,83.8,,,,ok,"a note, with a comma"
                """;

        TestServer.Response r = server.post("/api/evaluations", "text/csv; charset=utf-8", csv);

        assertEquals(201, r.status(), r.body());
        JsonNode body = r.json();
        assertEquals("CSV upload (town layout)", body.path("source").asText());
        assertEquals(8, body.path("ratings").size());
        // the same row posted as JSON gets the same outcomes from the same rules
        JsonNode json = server.post("/api/evaluations", "application/json", """
                {"observations": [{"indicatorId": "life-expectancy-male", "period": "2024/25", "timePeriod": "2021-23",
                  "value": 78.1, "england": 79.4, "region": 80.2, "neighbourRank": 6, "neighbourOf": 16}]}""").json();
        for (String comparator : List.of("england", "region", "neighbours", "goal")) {
            JsonNode fromCsv = rating(body, "life-expectancy-male", comparator);
            JsonNode fromJson = rating(json, "life-expectancy-male", comparator);
            assertEquals(fromJson.path("outcome"), fromCsv.path("outcome"), comparator);
            assertEquals(fromJson.path("rule"), fromCsv.path("rule"), comparator);
        }
    }

    /** Rule title to its file:line, as GET /api/rules lists them. */
    static Map<String, String> ruleLocations(TestServer server) {
        Map<String, String> locations = new HashMap<>();
        for (JsonNode rule : server.get("/api/rules").json().path("rules")) {
            locations.put(rule.path("name").asText(), rule.path("location").asText());
        }
        assertFalse(locations.isEmpty());
        return locations;
    }

    /** Every threshold the server's rule files insert, by name, with the number written there. */
    static Map<String, Double> thresholdsWritten(TestServer server) throws IOException {
        Map<String, Double> written = new HashMap<>();
        Matcher m = Pattern.compile("new Threshold\\(\"([^\"]+)\",\\s*([-0-9.]+)").matcher("");
        for (String text : RuleFiles.read(server.rules).values()) {
            m.reset(text);
            while (m.find()) written.put(m.group(1), Double.parseDouble(m.group(2)));
        }
        return written;
    }

    static JsonNode rating(JsonNode evaluation, String indicatorId, String comparator) {
        for (JsonNode r : evaluation.path("ratings")) {
            if (r.path("indicatorId").asText().equals(indicatorId) && r.path("comparator").asText().equals(comparator)) {
                return r;
            }
        }
        throw new AssertionError("no rating of " + indicatorId + " against " + comparator);
    }

    private static JsonNode firing(JsonNode trace, String rule) {
        for (JsonNode f : trace.path("firings")) {
            if (f.path("rule").asText().equals(rule)) return f;
        }
        throw new AssertionError("no firing of \"" + rule + "\" in " + trace.path("firings"));
    }

    private static JsonNode fact(JsonNode facts, String type) {
        for (JsonNode f : facts) {
            if (f.path("type").asText().equals(type)) return f;
        }
        throw new AssertionError("no " + type + " in " + facts);
    }
}
