package org.wellbeing.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wellbeing.io.Json;
import org.wellbeing.service.Services;

/**
 * POST /api/evaluations with counts and no limits, on a real service whose catalogue gives the indicator a
 * ci_method (docs/examples/counts): the limits are computed, the rating is by confidence interval, and the
 * trace's observation says how the limits were made.
 */
class HttpCountsTest {
    private static Services services;
    private static WebServer server;
    private static String base;
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        Path folder = Files.createTempDirectory("wellbeing-counts-");
        services = Services.open(Path.of("rules"), Path.of("docs", "examples", "counts"), folder.resolve("audit.db"));
        server = WebServer.start(services, new WebSettings("127.0.0.1", 0, WebSettings.DEFAULT_MAX_BODY_BYTES, null));
        base = "http://127.0.0.1:" + server.port();
    }

    @AfterAll
    static void stop() {
        try {
            server.close();
        } finally {
            services.close();
        }
    }

    private static JsonNode send(HttpRequest request, int status) throws Exception {
        HttpResponse<String> r = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(status, r.statusCode(), r.body());
        return Json.MAPPER.readTree(r.body());
    }

    private static JsonNode post(String body, int status) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(base + "/api/evaluations")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), status);
    }

    @Test
    void an_observation_with_count_and_denominator_is_rated_by_its_computed_confidence_interval() throws Exception {
        // 560 of 1000 = 56.0%, Wilson 95% limits 52.9 to 59.0
        JsonNode body = post("{\"observations\":[{\"indicatorId\":\"cancer-screening-breast\",\"period\":\"2024/25\","
                + "\"count\":560,\"denominator\":1000,\"england\":65.2,\"region\":58.5}]}", 201);

        JsonNode trace = send(HttpRequest.newBuilder(URI.create(base + "/api/evaluations/" + body.path("id").asText()
                + "/trace?indicator=cancer-screening-breast")).GET().build(), 200);
        JsonNode observation = null;
        for (JsonNode f : trace.path("firings")) {
            for (JsonNode m : f.path("matched")) {
                if (m.path("type").asText().equals("Observation")) observation = m.path("fact");
            }
        }
        assertTrue(observation != null, trace.toString());
        assertEquals(56.0, observation.path("value").asDouble(), 1e-9);
        assertEquals(52.9, observation.path("lower95").asDouble(), 0.05);
        assertEquals(59.0, observation.path("upper95").asDouble(), 0.05);
        assertEquals("limits computed by WILSON (Wilson score) from count 560 and denominator 1000, per 100",
                observation.path("limitsFrom").asText());

        // and it is rated as the same value with those limits given would be
        JsonNode given = post("{\"observations\":[{\"indicatorId\":\"cancer-screening-breast\",\"period\":\"2024/25\","
                + "\"value\":56.0,\"lower95\":" + observation.path("lower95").asDouble() + ",\"upper95\":"
                + observation.path("upper95").asDouble() + ",\"england\":65.2,\"region\":58.5}]}", 201);
        for (String comparator : new String[] {"england", "region"}) {
            assertEquals(rating(given, comparator).path("outcome"), rating(body, comparator).path("outcome"), comparator);
            assertEquals(rating(given, comparator).path("method"), rating(body, comparator).path("method"), comparator);
            assertEquals(rating(given, comparator).path("rule"), rating(body, comparator).path("rule"), comparator);
        }
    }

    @Test
    void a_negative_count_or_a_denominator_of_0_is_refused_with_400_naming_the_field() throws Exception {
        JsonNode error = post("{\"observations\":[{\"indicatorId\":\"cancer-screening-breast\",\"period\":\"2024/25\","
                + "\"count\":-1,\"denominator\":0}]}", 400);
        String details = error.path("details").toString();
        assertTrue(details.contains("observations[0].count"), details);
        assertTrue(details.contains("observations[0].denominator"), details);
    }

    private static JsonNode rating(JsonNode body, String comparator) {
        for (JsonNode r : body.path("ratings")) {
            if (r.path("comparator").asText().equalsIgnoreCase(comparator)) return r;
        }
        throw new AssertionError("no " + comparator + " rating in " + body);
    }
}
