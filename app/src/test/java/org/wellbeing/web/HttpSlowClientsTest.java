package org.wellbeing.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Slow clients cannot stall the service: 300 connections that each dribble a request body hold no thread, so
 * health checks and evaluations keep answering; each slow body is cut off with 408 at the body read timeout
 * (2 s here, to keep the test short; 20 s by default).
 */
class HttpSlowClientsTest {
    static final int SLOW_CONNECTIONS = 300;
    static final Duration BODY_TIMEOUT = Duration.ofSeconds(2);
    static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.startOnSmallRulesGuarded(Safeguards.defaults().withTimeouts(BODY_TIMEOUT, Duration.ofSeconds(30)));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void three_hundred_slow_bodies_leave_health_and_evaluations_answering_and_are_cut_off() throws Exception {
        // the same two requests without slow clients first: a baseline in this run, and a warm service
        long baselineStart = System.nanoTime();
        assertEquals(201, evaluate().status());
        long baselineEvalMs = (System.nanoTime() - baselineStart) / 1_000_000;
        List<Socket> slow = new ArrayList<>();
        try {
            long opened = System.nanoTime();
            for (int i = 0; i < SLOW_CONNECTIONS; i++) {
                Socket s = new Socket("127.0.0.1", server.server.port());
                s.setSoTimeout(10_000);
                OutputStream out = s.getOutputStream();
                out.write(("POST /api/evaluations HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                        + "Content-Length: 1000\r\n\r\n{").getBytes(StandardCharsets.US_ASCII));
                out.flush();
                slow.add(s);
            }
            // one more byte each, as a client sending a byte at a time would
            for (Socket s : slow) {
                s.getOutputStream().write(' ');
            }

            long healthStart = System.nanoTime();
            TestServer.Response health = server.send(server.request("/api/health").timeout(Duration.ofSeconds(5)).GET().build());
            long healthMs = (System.nanoTime() - healthStart) / 1_000_000;
            long evalStart = System.nanoTime();
            TestServer.Response evaluation = evaluate();
            long evalMs = (System.nanoTime() - evalStart) / 1_000_000;
            assertEquals(200, health.status(), health.body());
            assertEquals(201, evaluation.status(), evaluation.body());

            int cutOff = 0;
            for (Socket s : slow) {
                if (answer(s).startsWith("HTTP/1.1 408")) {
                    cutOff++;
                }
            }
            long heldMs = (System.nanoTime() - opened) / 1_000_000;
            System.out.printf("slow clients: %d connections held, health answered in %d ms, an evaluation in %d ms,"
                    + " %d cut off with 408 within %d ms (an evaluation without them: %d ms)%n", slow.size(), healthMs, evalMs, cutOff,
                    heldMs, baselineEvalMs);
            assertTrue(healthMs < 5_000, "health took " + healthMs + " ms");
            assertEquals(SLOW_CONNECTIONS, cutOff, "every slow body is answered 408");
        } finally {
            for (Socket s : slow) {
                s.close();
            }
        }
    }

    private static TestServer.Response evaluate() {
        return server.send(server.request("/api/evaluations").timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build());
    }

    private static String answer(Socket s) {
        try {
            InputStream in = s.getInputStream();
            byte[] head = in.readNBytes(12);
            return new String(head, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            return "failed: " + e.getMessage();
        }
    }
}
