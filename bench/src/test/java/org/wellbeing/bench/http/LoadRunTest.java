package org.wellbeing.bench.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wellbeing.io.json.EvaluationBody;
import org.wellbeing.testing.Fixtures;
import org.wellbeing.io.town.TownDatasetReader;
import org.wellbeing.service.Services;
import org.wellbeing.web.WebServer;
import org.wellbeing.web.WebSettings;

/**
 * The load generator against a real service (a copy of {@code rules/}, a fresh audit database, a free port): what
 * it counts adds up, and reloads run beside the load. No timing is asserted: speed is for the benchmark.
 */
class LoadRunTest {
    static final String TOKEN = "load-run-test-token";

    static Path folder;
    static Services services;
    static WebServer server;

    @BeforeAll
    static void start() throws Exception {
        folder = Files.createTempDirectory("wellbeing-load-run-");
        Fixtures.copyTree(Path.of("rules"), folder.resolve("rules"));
        services = Services.open(folder.resolve("rules"), Path.of("data", "luton"), folder.resolve("audit.db"));
        server = WebServer.start(services, new WebSettings("127.0.0.1", 0, WebSettings.DEFAULT_MAX_BODY_BYTES, TOKEN));
    }

    @AfterAll
    static void stop() throws IOException {
        if (server != null) server.close();
        if (services != null) services.close();
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void two_connections_for_two_seconds_with_reloads_count_every_request_and_fail_none() throws Exception {
        EvaluationBody body = EvaluationBody.latestPeriod(TownDatasetReader.read(Path.of("data", "luton")));
        RequestSpec evaluate = RequestSpec.postJson("127.0.0.1", server.port(), "/api/evaluations", body.json(), 201);
        RequestSpec reload = RequestSpec.postWithBearer("127.0.0.1", server.port(), "/api/rules/reload", TOKEN, 200);
        LoadRun.Single first = LoadRun.once(evaluate, Duration.ofSeconds(60));   // a cold service answers slowly
        assertTrue(first.ok(), () -> "first evaluation: " + first.failure());
        LoadRun.Settings settings = new LoadRun.Settings(evaluate, 2, Duration.ofMillis(500), Duration.ofSeconds(2),
                Duration.ofSeconds(60)).withReload(reload, Duration.ofSeconds(1));

        LoadResult r = new LoadRun(settings).run();

        assertEquals(r.successes() + r.errors(), r.requests());
        // how many fall inside the window depends on the machine's speed; that some completed does not
        assertTrue(r.warmupRequests() + r.requests() + r.lateRequests() > 0, "no request completed");
        assertEquals(0, r.allErrors(), () -> "errors: " + r.firstErrors());
        assertTrue(r.p50Nanos() <= r.p90Nanos() && r.p90Nanos() <= r.p99Nanos() && r.p99Nanos() <= r.maxNanos(),
                () -> "percentiles out of order: " + r);
        assertNotNull(r.reloads());
        assertEquals(0, r.reloads().failed(), () -> "reload failures: " + r.reloads().firstErrors());
        assertTrue(r.reloads().done() > 0, "no reload was made");
    }

    @Test
    void percentiles_and_counts_come_from_every_worker_within_a_thousandth() {
        LatencyRecorder one = new LatencyRecorder();
        LatencyRecorder two = new LatencyRecorder();
        for (int ms = 1; ms <= 50; ms++) one.success(ms * 1_000_000L);
        for (int ms = 51; ms <= 100; ms++) two.error(ErrorKind.TIMEOUT, ms * 1_000_000L);

        LatencyRecorder.Merged m = LatencyRecorder.merge(List.of(one, two));

        assertEquals(100, m.requests());
        assertEquals(50, m.successes());
        assertEquals(50, m.errors());
        assertEquals(50L, m.errorsByKind().get(ErrorKind.TIMEOUT));
        assertEquals(50e6, m.percentile(50), 50e3);
        assertEquals(99e6, m.percentile(99), 99e3);
        assertEquals(100e6, m.max(), 100e3);
        assertEquals(0, LatencyRecorder.merge(List.of()).percentile(50));
    }
}
