package org.wellbeing.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Error mapping: one JSON shape, the right status, the field path, never a 500 or a stack trace for bad input. */
class HttpErrorsTest {
    static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.shared();
    }


    @Test
    void a_bad_field_is_400_with_its_path() {
        String body = "{\"observations\": [" + ok("a") + "," + ok("b") + "," + ok("c") + ","
                + "{\"indicatorId\": \"life-expectancy-male\", \"period\": \"d\", \"value\": \"n/a\"}]}";

        TestServer.Response r = server.post("/api/evaluations", "application/json", body);

        assertEquals(400, r.status());
        JsonNode error = r.json();
        assertEquals(1, error.path("details").size(), r.body());
        assertEquals("observations[3].value", error.path("details").get(0).path("path").asText());
        assertTrue(error.path("details").get(0).path("message").asText().contains("expected a number"));
    }

    @Test
    void every_problem_of_a_body_is_listed_at_once() {
        String body = """
                {"observations": [
                  {"indicatorId": "no-such-indicator", "period": "2024/25", "value": 1},
                  {"period": "2024/25", "lower95": 2},
                  {"indicatorId": "life-expectancy-male", "period": "2024/25", "neighbourRank": 9, "neighbourOf": 4},
                  {"indicatorId": "life-expectancy-male", "period": "2024/25", "valeu": 3}
                ], "extra": true}""";

        TestServer.Response r = server.post("/api/evaluations", "application/json", body);

        assertEquals(400, r.status());
        List<String> paths = paths(r.json());
        assertTrue(paths.containsAll(List.of("extra", "observations[0].indicatorId", "observations[1].indicatorId",
                "observations[1].upper95", "observations[2].neighbourRank", "observations[3].valeu")), paths.toString());
    }

    @Test
    void a_second_observation_of_the_same_indicator_and_period_is_refused() {
        String body = "{\"observations\": [" + ok("2024/25") + "," + ok("2024/25") + "]}";

        TestServer.Response r = server.post("/api/evaluations", "application/json", body);

        assertEquals(400, r.status());
        assertEquals(List.of("observations[1].period"), paths(r.json()));
    }

    @Test
    void malformed_json_is_400_for_the_whole_body_with_line_and_column() {
        TestServer.Response r = server.post("/api/evaluations", "application/json", "{\"observations\": [\n  {\"a\": }");

        assertEquals(400, r.status());
        JsonNode detail = r.json().path("details").get(0);
        assertEquals("$", detail.path("path").asText());
        assertTrue(detail.path("message").asText().contains("line 2"), detail.toString());
    }

    @Test
    void a_bad_csv_cell_is_400_with_row_and_column() {
        String csv = """
                indicator_id,period,time_period,value,england,region,nn_rank,nn_of,nn_value,quality,note
                life-expectancy-male,2024/25,2021-23,78.1,79.4,80.2,6,16,,ok,
                life-expectancy-female,2024/25,2021-23,eighty,83.1,83.8,,,,ok,
                """;

        TestServer.Response r = server.post("/api/evaluations", "text/csv", csv);

        assertEquals(400, r.status());
        JsonNode detail = r.json().path("details").get(0);
        assertEquals("line 3.value", detail.path("path").asText());
        assertTrue(detail.path("message").asText().contains("eighty"));
    }

    @Test
    void an_unknown_route_is_404() {
        TestServer.Response r = server.get("/api/no-such-thing");

        assertEquals(404, r.status());
        assertError(r);
    }

    @Test
    void an_unknown_evaluation_id_is_404() {
        TestServer.Response r = server.get("/api/evaluations/00000000-0000-0000-0000-000000000000");

        assertEquals(404, r.status());
        assertTrue(r.json().path("error").asText().contains("00000000-0000-0000-0000-000000000000"));
        assertEquals(404, server.get("/api/evaluations/00000000-0000-0000-0000-000000000000/trace?indicator=x").status());
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("wrongMethods")
    void a_wrong_method_on_a_known_path_is_405(String method, String path) {
        TestServer.Response r = server.send(server.request(path)
                .method(method, HttpRequest.BodyPublishers.noBody()).build());

        assertEquals(405, r.status(), r.body());
        assertError(r);
        assertTrue(r.header("Allow") != null && !r.header("Allow").contains(method), r.header("Allow"));
    }

    static Stream<Arguments> wrongMethods() {
        return Stream.of(Arguments.of("DELETE", "/api/evaluations"), Arguments.of("PUT", "/api/health"),
                Arguments.of("GET", "/api/rules/reload"), Arguments.of("POST", "/api/indicators"),
                Arguments.of("PATCH", "/api/evaluations/some-id"));
    }

    @Test
    void a_body_over_the_limit_is_413() {
        byte[] big = new byte[(int) WebSettings.DEFAULT_MAX_BODY_BYTES + 1];
        java.util.Arrays.fill(big, (byte) ' ');

        // The server answers 413 from the Content-Length and closes without reading the body; a client still
        // writing then and again sees the connection reset before it reads the answer, so try a few times
        TestServer.Response r = null;
        for (int attempt = 1; r == null; attempt++) {
            try {
                r = server.send(server.request("/api/evaluations")
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(big)).build());
            } catch (java.io.UncheckedIOException e) {
                if (attempt == 5) throw e;
            }
        }

        assertEquals(413, r.status());
        assertTrue(r.json().path("error").asText().contains("5 MiB"), r.body());
    }

    @Test
    void a_chunked_body_over_the_limit_is_413_too() {
        byte[] big = new byte[(int) WebSettings.DEFAULT_MAX_BODY_BYTES + 4096];
        java.util.Arrays.fill(big, (byte) ' ');

        TestServer.Response r = server.send(server.request("/api/evaluations")
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))).build());

        assertEquals(413, r.status());
        assertError(r);
    }

    @Test
    void a_body_just_under_the_limit_is_read() {
        StringBuilder body = new StringBuilder("{\"observations\": [" + ok("2024/25") + "]}");
        body.append(" ".repeat((int) WebSettings.DEFAULT_MAX_BODY_BYTES - body.length()));

        TestServer.Response r = server.post("/api/evaluations", "application/json", body.toString());

        assertEquals(201, r.status(), r.body());
    }

    @Test
    void an_unsupported_content_type_is_415() {
        TestServer.Response r = server.post("/api/evaluations", "application/xml", "<observations/>");

        assertEquals(415, r.status());
        assertTrue(r.json().path("error").asText().contains("application/json"));
    }

    @Test
    void a_body_without_content_type_is_415() {
        TestServer.Response r = server.post("/api/evaluations", null, "{\"observations\": []}");

        assertEquals(415, r.status());
        assertError(r);
    }

    @Test
    void a_fingertips_layout_csv_missing_required_columns_is_400_naming_them() {
        String csv = "Indicator ID,Indicator Name,Area Code,Area Name,Time period,Value\n90366,Life expectancy,E06000032,Luton,2018 - 20,78.1\n";

        TestServer.Response r = server.post("/api/evaluations", "text/csv", csv);

        assertEquals(400, r.status());
        assertError(r);
        assertTrue(r.body().contains("missing required columns"), r.body());
        assertTrue(r.body().contains("Lower CI 95.0 limit"), r.body());
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("badInputs")
    void bad_input_is_never_a_500_nor_a_stack_trace(String contentType, byte[] body) {
        TestServer.Response r = server.send(server.request("/api/evaluations")
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());

        assertTrue(r.status() >= 400 && r.status() < 500, r.status() + " " + r.body());
        assertError(r);
        assertFalse(r.body().contains("Exception"), r.body());
        assertFalse(r.body().contains("\tat "), r.body());
    }

    static Stream<Arguments> badInputs() {
        List<Arguments> cases = new ArrayList<>();
        for (String json : List.of("[]", "null", "42", "\"text\"", "{\"observations\": {}}", "{\"observations\": []}",
                "{\"observations\": [null, 3, \"x\", []]}", "{\"area\": 5, \"observations\": [{}]}",
                "{\"observations\": [{\"indicatorId\": 5, \"period\": true}]}",
                "{\"observations\": [{\"indicatorId\": \"life-expectancy-male\", \"period\": \"p\", \"value\": 1e400}]}",
                "{\"observations\": [{\"indicatorId\": \"life-expectancy-male\", \"period\": \"p\", \"neighbourRank\": 99999999999, \"neighbourOf\": 2.5}]}",
                "{\"observations\": [{\"indicatorId\": \"life-expectancy-male\", \"period\": \"p\", \"value\": NaN}]}",
                "{\"a\": 1, \"a\": 2}", "{} {}", "{\"observations\": [" + "[".repeat(5000) + "]}",
                "{\"observations\": [{\"indicatorId\": \"life-expectancy-male\", \"period\": \"  \"}]}")) {
            cases.add(Arguments.of("application/json", json.getBytes(StandardCharsets.UTF_8)));
        }
        cases.add(Arguments.of("application/json", new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, 0x7B}));
        cases.add(Arguments.of("application/json; charset=utf-8", "\uFEFF{oops}".getBytes(StandardCharsets.UTF_8)));
        for (String csv : List.of("indicator_id\n", "\"unterminated,quote\n1,2\n", "a,b\n1,2\n",
                "indicator_id,period,time_period,value,england,region,nn_rank,nn_of,nn_value,quality,note\n",
                "indicator_id,period,time_period,value,england,region,nn_rank,nn_of,nn_value,quality,note\n"
                        + "life-expectancy-male,2024/25,x,1,2,3,9,4,,ok,\n")) {
            cases.add(Arguments.of("text/csv", csv.getBytes(StandardCharsets.UTF_8)));
        }
        cases.add(Arguments.of("text/csv; charset=no-such-charset", "a,b\n".getBytes(StandardCharsets.UTF_8)));
        cases.add(Arguments.of("multipart/form-data; boundary=x", "--x--".getBytes(StandardCharsets.UTF_8)));
        return cases.stream();
    }

    private static String ok(String period) {
        return "{\"indicatorId\": \"life-expectancy-male\", \"period\": \"" + period + "\", \"value\": 78.1, \"england\": 79.4}";
    }

    private static List<String> paths(JsonNode error) {
        List<String> paths = new ArrayList<>();
        error.path("details").forEach(d -> paths.add(d.path("path").asText()));
        return paths;
    }

    /** The one error shape: a message and a details array of path and message. */
    static void assertError(TestServer.Response r) {
        assertTrue(r.header("Content-Type").startsWith("application/json"), r.header("Content-Type"));
        JsonNode body = r.json();
        assertFalse(body.path("error").asText().isBlank(), r.body());
        assertTrue(body.path("details").isArray(), r.body());
        body.path("details").forEach(d -> {
            assertTrue(d.has("path"), d.toString());
            assertTrue(d.has("message"), d.toString());
        });
    }
}
