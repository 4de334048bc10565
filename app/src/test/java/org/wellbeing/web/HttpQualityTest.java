package org.wellbeing.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Data quality over HTTP: impossible numbers are refused with 400 naming each field and nothing stored; a
 * quality flag sent with an observation reaches the rules and the matrix shows the bundled data's marks.
 */
class HttpQualityTest {
    static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.shared();
    }

    @Test
    void impossible_numbers_are_400_naming_each_field_and_nothing_is_stored() {
        int before = server.get("/api/health").json().path("auditRecords").asInt();
        TestServer.Response r = server.post("/api/evaluations", "application/json", """
                {"observations": [
                  {"indicatorId": "vaccination-mmr-2-years", "period": "2022/23", "value": 150},
                  {"indicatorId": "vaccination-mmr-2-years", "period": "2021/22", "value": -1},
                  {"indicatorId": "child-poverty-after-housing-costs", "period": "2022/23", "value": 39.1, "lower95": -2, "upper95": 41},
                  {"indicatorId": "smoking-at-time-of-delivery", "period": "2022/23", "value": 7, "lower95": 7.5, "upper95": 9},
                  {"indicatorId": "low-birth-weight-term-babies", "period": "2022/23", "value": 4.1, "lower95": 4.5, "upper95": 3.9},
                  {"indicatorId": "vaccination-dtap-ipv-hib-2-years", "period": "2022/23", "value": 88.8, "count": 3100, "denominator": 3000},
                  {"indicatorId": "dental-decay-5-year-olds", "period": "2022/23", "value": 36.8, "count": 10, "denominator": 0},
                  {"indicatorId": "under-18-conception-rate", "period": "2022/23", "value": 14.4, "count": 40, "denominator": -2800}
                ]}""");

        assertEquals(400, r.status(), r.body());
        List<String> paths = new ArrayList<>();
        r.json().path("details").forEach(d -> paths.add(d.path("path").asText()));
        assertEquals(List.of("observations[0].value", "observations[1].value", "observations[2].lower95",
                "observations[3].value", "observations[4].lower95", "observations[5].count",
                "observations[6].denominator", "observations[7].denominator"), paths, r.body());
        assertTrue(r.body().contains("150.0 is not a percentage between 0 and 100"), r.body());
        assertEquals(before, server.get("/api/health").json().path("auditRecords").asInt());
    }

    @Test
    void a_quality_flag_sent_with_an_observation_leaves_its_comparisons_out() {
        TestServer.Response r = server.post("/api/evaluations", "application/json", """
                {"observations": [
                  {"indicatorId": "adult-obesity-rate", "period": "2021/22", "timePeriod": "2019/20", "value": 7.7,
                   "england": 62.8, "region": 62.3, "quality": ["suspected-typo"], "note": "probably 67.7"}
                ]}""");

        assertEquals(201, r.status(), r.body());
        JsonNode england = null;
        for (JsonNode rating : r.json().path("ratings")) {
            if (rating.path("comparator").asText().equals("england")) england = rating;
        }
        assertEquals("NOT_COMPARED", england.path("outcome").asText(), r.body());
        assertTrue(england.path("reason").asText().startsWith("not compared: doubtful data: suspected-typo: probably 67.7"),
                england.toString());
    }

    @Test
    void the_matrix_marks_a_doubtful_row_with_its_reason_and_the_csv_download_carries_it() {
        JsonNode m = server.get("/api/boards/health-equity-town-partnership/matrix?period=2021/22").json();
        JsonNode obesity = null;
        for (JsonNode row : m.path("rows")) {
            if (row.path("indicatorId").asText().equals("adult-obesity-rate")) obesity = row;
        }
        assertEquals("definition-may-differ;suspected-typo", obesity.path("quality").path("codes").asText());
        assertEquals("doubtful", obesity.path("quality").path("verdict").asText());
        assertTrue(obesity.path("quality").path("reason").asText().contains("probably 67.7%"), obesity.toString());

        String csv = server.get("/api/boards/health-equity-town-partnership/matrix.csv?period=2021/22").body();
        String line = csv.lines().filter(l -> l.startsWith("adult-obesity-rate,")).findFirst().orElseThrow();
        assertTrue(line.contains("definition-may-differ;suspected-typo (doubtful)"), line);
        assertTrue(csv.lines().findFirst().orElseThrow().contains(",quality,quality_reason,"), csv.lines().findFirst().get());
    }
}
