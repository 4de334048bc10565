package org.wellbeing.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wellbeing.io.Json;

/**
 * The black-box run's bad-input corpus against a real server, byte for byte on a socket: malformed Unicode in
 * JSON and CSV, malformed JSON, foreign content types, odd methods and parameters, and what Jetty refuses on
 * its own (bad URI, bare CR, smuggling, HTTP/0.9, 414, 431, 505). Every answer must be below 500 and every
 * refusal the JSON error shape with the security headers; nothing refused may be stored.
 */
class HttpBadInputCorpusTest {
    static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.shared();
    }

    private static final String OBSERVATION =
            "{\"indicatorId\": \"life-expectancy-male\", \"period\": \"2024/25\", \"value\": 78.1, \"england\": 79.4%s}";

    @Test
    void no_input_gets_a_5xx_and_every_refusal_is_the_json_error_shape() {
        Map<String, byte[]> corpus = new LinkedHashMap<>();
        Map<String, String> expectedPath = new LinkedHashMap<>();
        // lone surrogates in every text field of a JSON body, and in a field name
        for (String field : List.of("note", "period", "breakdown", "timePeriod", "indicatorId")) {
            for (String surrogate : List.of("\\ud800", "\\udfff", "x\\udbff", "\\udc00\\ud800")) {
                String obs = field.equals("period") || field.equals("indicatorId")
                        ? OBSERVATION.replace("\"" + field + "\": \"", "\"" + field + "\": \"" + surrogate)
                        : String.format(OBSERVATION, ", \"" + field + "\": \"" + surrogate + "\"");
                String name = "lone surrogate " + surrogate + " in observations[0]." + field;
                corpus.put(name, json("{\"observations\": [" + obs + "]}"));
                expectedPath.put(name, "observations[0]." + field);
            }
        }
        for (String field : List.of("name", "code", "regionName")) {
            String name = "lone surrogate in area." + field;
            String area = "{\"code\": \"E06000032\", \"name\": \"Luton\", \"regionName\": \"East\"}"
                    .replaceFirst("\"" + field + "\": \"", "\"" + field + "\": \"\\\\ud800");
            corpus.put(name, json("{\"area\": " + area + ", \"observations\": [" + String.format(OBSERVATION, "") + "]}"));
            expectedPath.put(name, "area." + field);
        }
        corpus.put("lone surrogate in a field name", json("{\"observations\": [" + String.format(OBSERVATION, ", \"n\\ud800\": 1") + "]}"));
        // malformed JSON
        for (String body : List.of("{", "{\"observations\": [", "[]", "\"text\"", "42", "null", "{\"observations\": {}}",
                "{\"observations\": [1, 2]}", "{\"observations\": [{}]}", "{} {}", "{\"a\":1,}", "{'a': 1}",
                "{\"observations\": [" + String.format(OBSERVATION, ", \"value\": 1e999999") + "]}",
                "{\"observations\": [" + String.format(OBSERVATION, "").replace("78.1", "NaN") + "]}",
                "[".repeat(5000), "{\"a\":" + "[".repeat(2000) + "]".repeat(2000) + "}",
                "{\"observations\": [" + String.format(OBSERVATION, "").replace("78.1", "\"78.1\"") + "]}",
                "{\"area\": \"Luton\"}", "{\"observations\": null}", "\uFEFF{\"observations\": 1}")) {
            corpus.put("malformed JSON " + abbreviate(body), json(body));
        }
        corpus.put("invalid UTF-8 byte in JSON", raw("POST", "/api/evaluations", "application/json",
                bytes("{\"observations\": [{\"note\": \"", new byte[] {(byte) 0xff}, "\"}]}")));
        corpus.put("overlong UTF-8 in JSON", raw("POST", "/api/evaluations", "application/json",
                bytes("{\"observations\": [{\"note\": \"", new byte[] {(byte) 0xc0, (byte) 0xaf}, "\"}]}")));
        corpus.put("NUL byte in JSON", raw("POST", "/api/evaluations", "application/json", bytes("{\"a\u0000\": 1}")));
        // CSV uploads
        String header = "indicator_id,period,value\n";
        corpus.put("invalid UTF-8 in a CSV value", raw("POST", "/api/evaluations", "text/csv",
                bytes(header + "life-expectancy-male,2024/25,", new byte[] {(byte) 0xff, (byte) 0xfe}, "\n")));
        expectedPath.put("invalid UTF-8 in a CSV value", "line 2");
        corpus.put("invalid UTF-8 in a CSV header", raw("POST", "/api/evaluations", "text/csv",
                bytes("indicator", new byte[] {(byte) 0xe2, (byte) 0x28}, "_id,period\n")));
        expectedPath.put("invalid UTF-8 in a CSV header", "line 1");
        corpus.put("truncated UTF-8 at the end of a CSV", raw("POST", "/api/evaluations", "text/csv",
                bytes(header + "a,b,", new byte[] {(byte) 0xe2, (byte) 0x82})));
        corpus.put("CSV in an unknown charset", raw("POST", "/api/evaluations", "text/csv; charset=klingon", bytes(header)));
        corpus.put("CSV header only", raw("POST", "/api/evaluations", "text/csv", bytes(header)));
        corpus.put("CSV unterminated quote", raw("POST", "/api/evaluations", "text/csv", bytes("\"indicator_id,period\n")));
        corpus.put("CSV with NUL bytes", raw("POST", "/api/evaluations", "text/csv", bytes(header + "a\u0000,b,c\n")));
        corpus.put("CSV of one byte", raw("POST", "/api/evaluations", "text/csv", bytes(",")));
        corpus.put("CSV with a huge field", raw("POST", "/api/evaluations", "text/csv", bytes(header + "x".repeat(200_000) + ",2024/25,1\n")));
        corpus.put("Fingertips-looking CSV of garbage", raw("POST", "/api/evaluations", "text/csv",
                bytes("Indicator ID,Indicator Name,Area Code,Time period,Value\n1,x,y,z,abc\n")));
        // content types and methods
        for (String type : List.of("text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x",
                "application/xml", "application/json-patch+json", "text/html", "application", "*/*", ";;;")) {
            corpus.put("POST with Content-Type " + type, raw("POST", "/api/evaluations", type, bytes("a=1")));
            corpus.put("empty POST with Content-Type " + type, raw("POST", "/api/evaluations", type, new byte[0]));
        }
        corpus.put("POST body without Content-Type", RawHttp.request("POST", "/api/evaluations", "{}"));
        for (String method : List.of("PUT", "DELETE", "PATCH", "TRACE", "FOO", "PROPFIND")) {
            corpus.put(method + " /api/evaluations", RawHttp.request(method, "/api/evaluations", null));
        }
        corpus.put("GET with method override POST", RawHttp.request("GET", "/api/evaluations", null, "X-HTTP-Method-Override: POST"));
        corpus.put("GET with X-HTTP-Method DELETE", RawHttp.request("GET", "/api/evaluations", null, "X-HTTP-Method: POST"));
        corpus.put("reload without a token", RawHttp.request("POST", "/api/rules/reload", null));
        corpus.put("reload with a wrong token", RawHttp.request("POST", "/api/rules/reload", null, "Authorization: Bearer x"));
        // parameters and paths
        for (String path : List.of("/api/evaluations/%FF", "/api/evaluations/%ED%A0%80", "/api/evaluations/%00",
                "/api/evaluations/x/trace", "/api/evaluations/x/trace?indicator=%ED%A0%80",
                "/api/evaluations/x/trace?indicator=a&focus=%FF", "/api/evaluations/x/trace?indicator=a&period=p",
                "/api/audit/verify?head=zz", "/api/audit/verify?head=%ED%A0%80", "/api/audit/verify?head=" + "a".repeat(64),
                "/api/boards/%ED%A0%80/priorities", "/api/boards/x/priorities?period=%FF", "/api/matrix?period=%00",
                "/api/catalogue?x=" + "y".repeat(5000), "/api/nothing-here", "/%2e%2e/%2e%2e/etc/passwd",
                "/..%2f..%2fetc%2fpasswd", "/index.html%00.json", "/api/evaluations?%", "/api/health?a=%zz")) {
            corpus.put("GET " + abbreviate(path), RawHttp.request("GET", path, null));
        }
        // what Jetty refuses itself
        corpus.put("bare CR in a header", ascii("GET /api/health HTTP/1.1\r\nHost: localhost\r\nX-A: a\rb\r\nConnection: close\r\n\r\n"));
        corpus.put("bad percent-encoding in the URI", ascii("GET /%zz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"));
        corpus.put("dot segments above the root", ascii("GET /a/../../etc/passwd HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"));
        corpus.put("Content-Length and Transfer-Encoding (smuggling)", ascii("POST /api/evaluations HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Length: 4\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n0\r\n\r\n"));
        corpus.put("two Content-Lengths", ascii("POST /api/evaluations HTTP/1.1\r\nHost: localhost\r\nContent-Length: 4\r\n"
                + "Content-Length: 5\r\nConnection: close\r\n\r\nabcd"));
        corpus.put("negative Content-Length", ascii("POST /api/evaluations HTTP/1.1\r\nHost: localhost\r\nContent-Length: -1\r\nConnection: close\r\n\r\n"));
        corpus.put("Content-Length not a number", ascii("POST /api/evaluations HTTP/1.1\r\nHost: localhost\r\nContent-Length: 4x\r\nConnection: close\r\n\r\n"));
        corpus.put("bad chunk size", ascii("POST /api/evaluations HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\nzz\r\n{}\r\n0\r\n\r\n"));
        corpus.put("chunked JSON body", ascii("POST /api/evaluations HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n1\r\n{\r\n1\r\n\"\r\n0\r\n\r\n"));
        corpus.put("HTTP/0.9 request line", ascii("GET /api/health\r\n"));
        corpus.put("URI of 70,000 characters (414)", ascii("GET /" + "a".repeat(70_000) + " HTTP/1.1\r\nHost: localhost\r\n\r\n"));
        corpus.put("header of 20,000 characters (431)", ascii("GET /api/health HTTP/1.1\r\nHost: localhost\r\nX-Big: "
                + "a".repeat(20_000) + "\r\nConnection: close\r\n\r\n"));
        corpus.put("HTTP/3.7 (505)", ascii("GET /api/health HTTP/3.7\r\nHost: localhost\r\nConnection: close\r\n\r\n"));
        corpus.put("no Host header", ascii("GET /api/health HTTP/1.1\r\nConnection: close\r\n\r\n"));
        corpus.put("two Host headers", ascii("GET /api/health HTTP/1.1\r\nHost: localhost\r\nHost: evil.example\r\nConnection: close\r\n\r\n"));
        corpus.put("garbage request line", ascii("GARBAGE\r\n\r\n"));
        corpus.put("header without a colon", ascii("GET /api/health HTTP/1.1\r\nHost: localhost\r\nNoColon\r\nConnection: close\r\n\r\n"));
        corpus.put("space before the colon", ascii("GET /api/health HTTP/1.1\r\nHost : localhost\r\nConnection: close\r\n\r\n"));
        corpus.put("folded header", ascii("GET /api/health HTTP/1.1\r\nHost: localhost\r\nX-A: a\r\n b\r\nConnection: close\r\n\r\n"));
        corpus.put("NUL in a header", ascii("GET /api/health HTTP/1.1\r\nHost: localhost\r\nX-A: a\u0000b\r\nConnection: close\r\n\r\n"));
        corpus.put("absolute-form URI to another host", ascii("GET http://evil.example/api/health HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n"));
        corpus.put("CONNECT", ascii("CONNECT evil.example:443 HTTP/1.1\r\nHost: evil.example:443\r\nConnection: close\r\n\r\n"));
        corpus.put("Expect 100-continue with 1 GB declared (413)", ascii("POST /api/evaluations HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Type: application/json\r\nContent-Length: 1000000000\r\nExpect: 100-continue\r\nConnection: close\r\n\r\n"));
        corpus.put("request line of spaces", ascii("     \r\n\r\n"));
        corpus.put("lowercase method", ascii("get /api/health HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"));

        long storedBefore = server.get("/api/health").json().path("auditRecords").asLong();
        List<String> failures = new ArrayList<>();
        int fiveHundreds = 0;
        int created = 0;
        for (Map.Entry<String, byte[]> input : corpus.entrySet()) {
            long started = System.nanoTime();
            RawHttp.Answer a = RawHttp.send(server.server.port(), input.getValue());
            long ms = (System.nanoTime() - started) / 1_000_000;
            if (ms > 2000) {
                System.out.println("slow answer (" + ms + " ms, status " + a.status() + "): " + input.getKey());
            }
            if (a.status() >= 500 && a.status() != 503 && a.status() != 505 || a.status() == 0) {
                fiveHundreds += a.status() >= 500 ? 1 : 0;
                failures.add(input.getKey() + ": status " + a.status() + " " + abbreviate(a.body()));
                continue;
            }
            if (a.status() == 201) {
                created++;
            }
            if (a.status() >= 400) {
                String problem = errorShapeProblem(a);
                if (problem != null) {
                    failures.add(input.getKey() + ": " + problem + "\n" + a.head() + "\n" + abbreviate(a.body()));
                }
                String path = expectedPath.get(input.getKey());
                if (path != null && (a.status() != 400 || !a.body().contains("\"path\":\"" + path + "\""))) {
                    failures.add(input.getKey() + ": expected 400 naming " + path + ", got " + a.status() + " " + a.body());
                }
            }
        }
        long storedAfter = server.get("/api/health").json().path("auditRecords").asLong();
        System.out.println("bad-input corpus: " + corpus.size() + " inputs tried, 5xx answers: " + fiveHundreds
                + ", stored: " + created);
        assertTrue(failures.isEmpty(), failures.size() + " failures:\n" + String.join("\n", failures));
        assertEquals(storedBefore + created, storedAfter, "only the inputs answered 201 were stored");
    }

    /** Null when the answer is a JSON error with the security headers, else what is wrong with it. */
    private static String errorShapeProblem(RawHttp.Answer a) {
        String type = a.header("Content-Type");
        if (type == null || !type.startsWith("application/json")) {
            return "Content-Type " + type + ", not JSON";
        }
        if (!"nosniff".equals(a.header("X-Content-Type-Options")) || a.header("Content-Security-Policy") == null) {
            return "no security headers";
        }
        try {
            JsonNode body = Json.MAPPER.readTree(a.body());
            if (!body.path("error").isTextual() || !body.path("details").isArray()) {
                return "not the error shape";
            }
            if (a.body().contains("at org.") || a.body().contains("Exception")) {
                return "a stack trace or exception name in the answer";
            }
            return null;
        } catch (Exception e) {
            return "body is not JSON";
        }
    }

    private static byte[] json(String body) {
        return raw("POST", "/api/evaluations", "application/json", body.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] raw(String method, String path, String contentType, byte[] body) {
        byte[] head = (method + " " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: " + contentType
                + "\r\nContent-Length: " + body.length + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
        return RawHttp.concat(head, body);
    }

    private static byte[] bytes(Object... parts) {
        byte[] all = new byte[0];
        for (Object p : parts) {
            all = RawHttp.concat(all, p instanceof byte[] b ? b : p.toString().getBytes(StandardCharsets.UTF_8));
        }
        return all;
    }

    private static byte[] ascii(String request) {
        return request.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
