package org.wellbeing.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What a browser on another site, a DNS-rebinding page or a confused proxy can make the service do: nothing. */
class HttpHardeningTest {
    static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.shared();
    }

    private static long stored() {
        return server.get("/api/health").json().path("auditRecords").asLong();
    }

    private static RawHttp.Answer raw(byte[] request) {
        return RawHttp.send(server.server.port(), request);
    }

    @Test
    void a_cross_site_form_post_stores_nothing() {
        long before = stored();
        for (String type : List.of("application/x-www-form-urlencoded", "text/plain", "multipart/form-data; boundary=b")) {
            RawHttp.Answer empty = raw(RawHttp.request("POST", "/api/evaluations", "", "Content-Type: " + type,
                    "Origin: http://evil.example"));
            assertEquals(403, empty.status(), type + ": " + empty.body());
            RawHttp.Answer sameSiteForm = raw(RawHttp.request("POST", "/api/evaluations", "", "Content-Type: " + type));
            assertEquals(415, sameSiteForm.status(), type + ": " + sameSiteForm.body());
            assertTrue(sameSiteForm.body().contains("application/json or text/csv"), sameSiteForm.body());
        }
        RawHttp.Answer noCors = raw(RawHttp.request("POST", "/api/evaluations", null, "Origin: null"));
        assertEquals(403, noCors.status(), noCors.body());
        assertEquals(before, stored());
    }

    @Test
    void a_foreign_host_is_not_served_on_loopback_but_local_names_are() {
        for (String host : List.of("evil.example", "rebind.attacker.example:" + server.server.port(), "10.0.0.1")) {
            RawHttp.Answer a = raw(("GET /api/health HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n").getBytes());
            assertEquals(421, a.status(), host + ": " + a.body());
            assertTrue(a.body().contains("\"error\""), a.body());
        }
        for (String host : List.of("localhost", "127.0.0.1:" + server.server.port(), "[::1]:" + server.server.port())) {
            RawHttp.Answer a = raw(("GET /api/health HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n").getBytes());
            assertEquals(200, a.status(), host + ": " + a.body());
        }
        assertFalse(RequestGuard.isLoopback("0.0.0.0"));
        assertTrue(RequestGuard.isLoopback("127.0.0.1"));
    }

    @Test
    void a_method_override_header_does_not_turn_a_get_into_a_post() {
        long before = stored();
        RawHttp.Answer a = raw(RawHttp.request("GET", "/api/evaluations", null, "X-HTTP-Method-Override: POST"));
        assertEquals(405, a.status(), a.body());
        assertEquals(before, stored());
    }

    @Test
    void every_page_and_answer_carries_the_security_headers() {
        for (String path : List.of("/", "/index.html", "/dashboard.js", "/dashboard.css", "/api/health", "/api/rules",
                "/api/nothing", "/api/evaluations/x/trace")) {
            RawHttp.Answer a = raw(RawHttp.request("GET", path, null));
            assertHeaders(path + " (" + a.status() + ")", a);
        }
        assertHeaders("a Jetty parse error", raw("GET /%zz HTTP/1.1\r\nHost: localhost\r\n\r\n".getBytes()));
        String csp = raw(RawHttp.request("GET", "/", null)).header("Content-Security-Policy");
        assertTrue(csp.contains("frame-ancestors 'none'") && csp.contains("script-src 'self'"), csp);
    }

    private static void assertHeaders(String what, RawHttp.Answer a) {
        SecurityHeaders.ALL.forEach((name, value) -> assertEquals(value, a.header(name), what + ": " + name));
    }

    @Test
    void no_answer_shows_where_the_server_keeps_its_files() {
        String id = server.post("/api/evaluations", "application/json", "{}").json().path("id").asText();
        List<String> serverPaths = List.of(server.folder.toAbsolutePath().toString(),
                Path.of("").toAbsolutePath().toString());
        for (String path : List.of("/api/rules", "/api/evaluations/" + id, "/api/health",
                "/api/evaluations/" + id + "/trace?indicator=life-expectancy-male")) {
            TestServer.Response r = server.get(path);
            assertEquals(200, r.status(), path + ": " + r.body());
            for (String serverPath : serverPaths) {
                assertFalse(r.body().contains(serverPath), path + " shows " + serverPath);
            }
        }
        assertEquals("rules", server.get("/api/rules").json().path("directory").asText());
    }

    @Test
    void a_read_only_service_answers_reads_and_refuses_every_write() {
        try (TestServer readOnly = TestServer.startOnSmallRulesGuarded(Safeguards.defaults().withReadOnly("investigating"))) {
            long before = readOnly.get("/api/health").json().path("auditRecords").asLong();
            TestServer.Response post = readOnly.post("/api/evaluations", "application/json", "{}");
            assertEquals(503, post.status(), post.body());
            assertTrue(post.json().path("error").asText().contains("read-only for investigation: investigating"));
            assertEquals(503, readOnly.postEmpty("/api/rules/reload").status());
            assertEquals(before, readOnly.get("/api/health").json().path("auditRecords").asLong());
            assertNotNull(readOnly.get("/api/rules").json().path("version").asText(null));
        }
    }
}
