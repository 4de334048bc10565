package org.wellbeing.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The dashboard's files at {@code /}, beside the API, and the API description of the endpoints it reads. */
class HttpDashboardTest {
    static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.shared();
    }


    @Test
    void the_root_serves_the_dashboard_page() {
        TestServer.Response r = server.get("/");

        assertEquals(200, r.status());
        assertTrue(r.header("Content-Type").startsWith("text/html"), r.header("Content-Type"));
        assertTrue(r.body().contains("<table id=\"matrix\""), r.body());
        assertTrue(r.body().contains("dashboard.js"));
        assertTrue(r.body().contains("dashboard.css"));
    }

    @Test
    void the_scripts_and_styles_are_served_with_their_types_and_revalidated() {
        TestServer.Response js = server.get("/dashboard.js");
        TestServer.Response css = server.get("/dashboard.css");

        assertEquals(200, js.status());
        assertTrue(js.header("Content-Type").contains("javascript"), js.header("Content-Type"));
        assertEquals(200, css.status());
        assertTrue(css.header("Content-Type").startsWith("text/css"), css.header("Content-Type"));
        assertTrue(css.body().contains("@media print"));
        assertEquals("no-cache", css.header("Cache-Control"));
    }

    @Test
    void an_unknown_file_is_the_usual_json_404() {
        TestServer.Response r = server.get("/no-such-file.html");

        assertEquals(404, r.status());
        assertTrue(r.json().path("error").asText().contains("no such endpoint"), r.body());
    }

    @Test
    void the_api_keeps_answering_under_api() {
        assertEquals(200, server.get("/api/health").status());
    }

    @Test
    void openapi_describes_the_endpoints_the_dashboard_reads() {
        JsonNode paths = server.get("/api/openapi.json").json().path("paths");

        for (String path : new String[] {"/api/boards/{id}/priorities", "/api/boards/{id}/matrix",
                "/api/boards/{id}/matrix.csv", "/api/evaluations/{id}/trace"}) {
            assertTrue(paths.has(path), path);
        }
        boolean focus = false;
        for (JsonNode p : paths.path("/api/evaluations/{id}/trace").path("get").path("parameters")) {
            focus |= p.path("name").asText().equals("focus");
        }
        assertTrue(focus, "trace documents its focus parameter");
    }
}
