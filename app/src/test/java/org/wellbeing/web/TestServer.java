package org.wellbeing.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.wellbeing.io.Json;
import org.wellbeing.service.Services;
import org.wellbeing.testing.SmallRules;

/**
 * A real service for one test class: a copy of {@code rules/} and a fresh audit database in a temporary
 * folder, the bundled data, Javalin on a free port of 127.0.0.1, and an HTTP client to call it.
 */
final class TestServer implements AutoCloseable {
    static final String TOKEN = "test-admin-token-7f3a";

    final Path folder;
    final Path rules;
    final Path db;
    final Services services;
    final WebServer server;
    final String base;
    final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private TestServer(Path folder, Path rules, Path db, Services services, WebServer server) {
        this.folder = folder;
        this.rules = rules;
        this.db = db;
        this.services = services;
        this.server = server;
        this.base = "http://127.0.0.1:" + server.port();
    }

    private static TestServer shared;

    /**
     * One server for every test class that only reads from it and posts evaluations (no rule edits, reloads or
     * restarts): started on first use, stopped when the test JVM ends. Each start compiles and validates the rules,
     * so sharing saves a start per class.
     */
    static synchronized TestServer shared() {
        if (shared == null) {
            shared = start();
            TestServer stopping = shared;
            Runtime.getRuntime().addShutdownHook(new Thread(stopping::close, "shared-test-server-stop"));
        }
        return shared;
    }

    /** A server whose reload endpoint accepts {@link #TOKEN}. */
    static TestServer start() {
        return start(TOKEN);
    }

    /** A server with the given admin token; null switches reload over HTTP off. */
    static TestServer start(String adminToken) {
        return start(adminToken, Safeguards.defaults());
    }

    /**
     * A server on a copy of the tests' own small rule set ({@link SmallRules}), for tests of reload, watching and
     * the rules endpoint: mechanics that hold whatever the bundled policy says, at a fraction of its compile time.
     */
    static TestServer startOnSmallRules() {
        return startOnSmallRules(TOKEN);
    }

    /** A server on the small rule set with the given admin token; null switches reload over HTTP off. */
    static TestServer startOnSmallRules(String adminToken) {
        return start(SmallRules.DIR, adminToken, Safeguards.defaults());
    }

    /** A server on the small rule set with the given safeguards (timeouts, read-only), for tests of those mechanics. */
    static TestServer startOnSmallRulesGuarded(Safeguards safeguards) {
        return start(SmallRules.DIR, TOKEN, safeguards);
    }

    private static TestServer start(String adminToken, Safeguards safeguards) {
        return start(Path.of("rules"), adminToken, safeguards);
    }

    private static TestServer start(Path rulesSource, String adminToken, Safeguards safeguards) {
        try {
            Path folder = Files.createTempDirectory("wellbeing-web-");
            copy(rulesSource, folder.resolve("rules"));
            return startIn(folder, adminToken, safeguards);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A server that refuses evaluation requests with more than {@code maxObservations} observations. */
    static TestServer startWithObservationLimit(int maxObservations) {
        try {
            Path folder = Files.createTempDirectory("wellbeing-web-");
            copy(Path.of("rules"), folder.resolve("rules"));
            return startIn(folder, TOKEN, Safeguards.defaults(), maxObservations);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static TestServer startIn(Path folder, String adminToken, Safeguards safeguards) {
        return startIn(folder, adminToken, safeguards, WebSettings.DEFAULT_MAX_OBSERVATIONS);
    }

    private static TestServer startIn(Path folder, String adminToken, Safeguards safeguards, int maxObservations) {
        try {
            Path rules = folder.resolve("rules");
            Path db = folder.resolve("audit.db");
            Services services = Services.open(rules, Path.of("data", "luton"), db);
            WebServer server = WebServer.start(services, new WebSettings("127.0.0.1", 0,
                    WebSettings.DEFAULT_MAX_BODY_BYTES, adminToken, maxObservations), safeguards);
            return new TestServer(folder, rules, db, services, server);
        } catch (Exception e) {
            throw new IllegalStateException("test server did not start", e);
        }
    }

    /** Stops this server and starts a new one, in a new process's place, on the same rules and audit database. */
    TestServer restart() {
        server.close();
        services.close();
        return startIn(folder, TOKEN, Safeguards.defaults());
    }

    /** An answer: status, headers, body text, and the body as JSON. */
    record Response(int status, HttpHeaders headers, String body) {
        JsonNode json() {
            try {
                return Json.MAPPER.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON (status " + status + "): " + body, e);
            }
        }

        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
    }

    Response get(String path) {
        return send(request(path).GET().build());
    }

    Response post(String path, String contentType, String body) {
        HttpRequest.Builder b = request(path).POST(HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) b.header("Content-Type", contentType);
        return send(b.build());
    }

    Response postEmpty(String path) {
        return send(request(path).POST(HttpRequest.BodyPublishers.noBody()).build());
    }

    Response send(HttpRequest request) {
        try {
            HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
            return new Response(r.statusCode(), r.headers(), r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Replaces one text in a rule file of this server's copy of the rules. */
    void editRule(String file, String from, String to) throws IOException {
        Path p = rules.resolve(file);
        String text = Files.readString(p);
        if (!text.contains(from)) throw new AssertionError(file + " does not contain: " + from);
        Files.writeString(p, text.replace(from, to));
    }

    @Override
    public void close() {
        try {
            server.close();
        } finally {
            services.close();
            delete(folder);
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path p : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        }
    }

    private static void delete(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is not a test failure
        }
    }
}
