package org.wellbeing.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.wellbeing.bench.Machine;
import org.wellbeing.bench.http.ErrorKind;
import org.wellbeing.io.json.EvaluationBody;
import org.wellbeing.bench.http.LoadResult;
import org.wellbeing.bench.http.LoadRun;
import org.wellbeing.bench.http.RequestSpec;
import org.wellbeing.io.town.TownDataset;
import org.wellbeing.service.Services;
import org.wellbeing.web.WebServer;
import org.wellbeing.web.WebSettings;
import org.wellbeing.audit.AuditStats;
import org.wellbeing.audit.EvaluationRecord;
import org.wellbeing.io.out.CompactRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Starts the real HTTP service in this process (127.0.0.1, a free port, a fresh audit database in a temporary
 * folder unless {@code --db}, an admin token of its own so that reload is on), measures the cold start (JVM start
 * to the first 201 of {@code POST /api/evaluations}), then for each connection count runs a closed-loop load of
 * {@code POST /api/evaluations} ({@link LoadRun}): without reloads, then with {@code POST /api/rules/reload}
 * every second. One line per phase: requests, rate, p50/p90/p99/max latency, errors, reloads. Exit 0 when no
 * phase had an error (a failed request anywhere in it, or a failed reload), 1 otherwise.
 */
@Command(name = "bench-http", mixinStandardHelpOptions = true,
        description = {"Benchmark the HTTP service in-process: closed-loop load of POST /api/evaluations on C "
                + "connections (one JDK HTTP client each, kept alive), without and with a rule reload every second.",
                "Exit 0 when no phase had an error (a failed request or reload), 1 otherwise."})
final class HttpBenchCommand implements Callable<Integer> {
    private static final double MB = 1024 * 1024;
    private static final String HOST = "127.0.0.1";

    @Mixin EngineOptions engine;
    @Spec CommandSpec spec;

    @Option(names = "--connections", split = ",", paramLabel = "C",
            description = "connection counts to run, one worker thread each (default: 16,64)")
    List<Integer> connections = List.of(16, 64);

    @Option(names = "--duration", paramLabel = "S", description = "measured seconds per phase (default: ${DEFAULT-VALUE})")
    double duration = 20;

    // The service's JIT compilation (Drools' network, the rule classes, Jackson, SQLite) goes on for about a
    // minute of load on 2 cores; measured sooner, the compiler takes a fifth to a half of the CPU.
    @Option(names = "--warmup", paramLabel = "S",
            description = "unmeasured seconds before the first phase (default: ${DEFAULT-VALUE})")
    double warmup = 60;

    @Option(names = "--warmup-later", paramLabel = "S",
            description = "unmeasured seconds before each later phase, at most --warmup (default: ${DEFAULT-VALUE})")
    double warmupLater = 3;

    @Option(names = "--body", paramLabel = "KIND",
            description = "latest-period (every observation of the latest period, as JSON) or bundled ({}: the "
                    + "bundled data, every period) (default: ${DEFAULT-VALUE})")
    String body = "latest-period";

    @Option(names = "--db", paramLabel = "FILE",
            description = "audit database to use and keep (default: a fresh one in a temporary folder, deleted afterwards)")
    Path db;

    @Option(names = "--no-reload", description = "skip the phases with a reload every second")
    boolean noReload;

    @Option(names = "--reload-every", paramLabel = "S",
            description = "seconds between reloads in the reload phases (default: ${DEFAULT-VALUE})")
    double reloadEvery = 1;

    @Option(names = "--timeout", paramLabel = "S",
            description = "per request: seconds within which the whole answer must come (default: ${DEFAULT-VALUE})")
    double timeout = 30;

    @Option(names = "--port", paramLabel = "N", description = "port to serve on, 0 for a free one (default: ${DEFAULT-VALUE})")
    int port = 0;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        checkOptions();

        TownDataset data = engine.readData();
        EvaluationBody evaluationBody = switch (body) {
            case "latest-period" -> EvaluationBody.latestPeriod(data);
            case "bundled" -> EvaluationBody.bundled(data);
            default -> throw new ParameterException(spec.commandLine(),
                    "--body must be latest-period or bundled, got '" + body + "'");
        };
        if (evaluationBody.json().length > WebSettings.DEFAULT_MAX_BODY_BYTES) {
            throw new IllegalArgumentException("the body is " + evaluationBody.json().length
                    + " bytes, over the service's limit of " + WebSettings.DEFAULT_MAX_BODY_BYTES);
        }

        Path tempFolder = db == null ? Files.createTempDirectory("wellbeing-bench-http-") : null;
        Path auditDb = db != null ? db : tempFolder.resolve("audit.db");
        String token = newToken();
        Thread cleanup = new Thread(() -> deleteFolder(tempFolder), "bench-http-cleanup");
        Runtime.getRuntime().addShutdownHook(cleanup);   // also on Ctrl-C
        try {
            return serve(out, jvmStart, evaluationBody, auditDb, tempFolder != null, token);
        } finally {
            removeHookAndDelete(cleanup, tempFolder);
        }
    }

    private int serve(PrintWriter out, long jvmStart, EvaluationBody evaluationBody, Path auditDb, boolean temporary,
                      String token) throws Exception {
        long openStart = System.nanoTime();
        try (RunningService running = RunningService.start(engine, auditDb,
                new WebSettings(HOST, port, WebSettings.DEFAULT_MAX_BODY_BYTES, token), spec.commandLine().getErr())) {
            if (running == null) {
                return Main.BAD_INPUT;
            }
            return run(out, jvmStart, openStart, running.services(), running.server(), evaluationBody, auditDb,
                    temporary, token);
        }
    }

    private int run(PrintWriter out, long jvmStart, long openStart, Services services, WebServer server,
                    EvaluationBody evaluationBody, Path auditDb, boolean temporary, String token)
            throws InterruptedException {
        double serviceUpMillis = (System.nanoTime() - openStart) / 1e6;
        RequestSpec evaluate = RequestSpec.postJson(HOST, server.port(), "/api/evaluations", evaluationBody.json(), 201);
        RequestSpec reload = RequestSpec.postWithBearer(HOST, server.port(), "/api/rules/reload", token, 200);
        Duration requestTimeout = seconds(timeout);

        LoadRun.Single first = LoadRun.once(evaluate, requestTimeout);
        long coldStart = System.currentTimeMillis() - jvmStart;

        out.printf("HTTP benchmark: %s on http://%s:%d (rule set %s, %d rules), in this process%n",
                evaluate.describe(), HOST, server.port(), services.rules().current().shortVersion(),
                services.rules().current().rules().size());
        out.println(Machine.describe());
        out.printf("Body: %s; %d bytes, %d observations per request; expect 201%n",
                evaluationBody.description(), evaluationBody.json().length, evaluationBody.observations());
        out.printf("Audit database: %s (%s)%n", auditDb.toAbsolutePath(),
                temporary ? "fresh, in a temporary folder, deleted afterwards" : "kept");
        if (!first.ok()) {
            out.printf("Cold start: the first POST /api/evaluations failed after %.0f ms: %s%n", first.nanos() / 1e6,
                    first.failure());
            out.flush();
            return 1;
        }
        out.printf("Cold start: JVM start to the first 201 of POST /api/evaluations %d ms (service opened and "
                        + "listening in %.0f ms, first answer %.0f ms, %d bytes)%n",
                coldStart, serviceUpMillis, first.nanos() / 1e6, first.bytes());
        out.printf("Each phase: closed loop, one worker and one JDK HTTP client (HTTP/1.1, kept alive) per connection; %s s warm-up "
                        + "before the first phase, %s s before each later one; %s s measured; request timeout %s s%n",
                number(warmup), number(Math.min(warmupLater, warmup)), number(duration), number(timeout));
        if (!noReload) {
            out.printf("Reload phases: POST /api/rules/reload every %s s of the measured window on a connection of its "
                    + "own, one at a time (a reload slower than that delays the next)%n", number(reloadEvery));
        }
        out.printf("Latencies: every request completed in the measured window, failed ones included; "
                + "percentiles from an HdrHistogram (3 significant digits)%n%n");
        out.flush();

        List<LoadResult> results = new ArrayList<>();
        boolean firstPhase = true;
        for (int c : connections) {
            for (boolean withReload : noReload ? List.of(false) : List.of(false, true)) {
                LoadRun.Settings s = new LoadRun.Settings(evaluate, c,
                        seconds(firstPhase ? warmup : Math.min(warmupLater, warmup)), seconds(duration), requestTimeout);
                if (withReload) {
                    s = s.withReload(reload, seconds(reloadEvery));
                }
                firstPhase = false;
                LoadResult r = new LoadRun(s).run();
                results.add(r);
                print(out, r);
                out.flush();
            }
        }

        long dirty = results.stream().filter(r -> !r.clean()).count();
        AuditStats stats = services.store().stats();
        out.printf("%nAudit database: %d evaluations stored, %.1f MB on disk; %d bytes stored per evaluation (rows, and"
                        + " inputs and policies kept once by hash)%n", stats.records(), databaseBytes(auditDb) / MB,
                stats.bytesPerRecord());
        out.printf("Stored bytes of one evaluation, counting its inputs as if no other evaluation had them: %s; %s%n",
                storedBytes(services, "this body", evaluate, requestTimeout),
                storedBytes(services, "the bundled data ({})", RequestSpec.postJson(HOST, server.port(),
                        "/api/evaluations", "{}".getBytes(StandardCharsets.UTF_8), 201), requestTimeout));
        out.printf(dirty == 0 ? "Result: %d phase%s, none with an error%n" : "Result: %d phase%s, %d with errors%n",
                results.size(), results.size() == 1 ? "" : "s", dirty);
        out.flush();
        return dirty == 0 ? 0 : 1;
    }

    private void print(PrintWriter out, LoadResult r) {
        StringBuilder line = new StringBuilder();
        line.append(String.format(Locale.ROOT, "connections %d, %s: %d requests in %.1f s, %.1f req/s, ",
                r.connections(), r.reloads() == null ? "no reloads" : "reload every " + number(reloadEvery) + " s",
                r.requests(), r.seconds(), r.requestsPerSecond()));
        if (r.requests() == 0) {
            line.append("no latencies");
        } else {
            line.append(String.format(Locale.ROOT, "p50 %s, p90 %s, p99 %s, max %s", ms(r.p50Nanos()),
                    ms(r.p90Nanos()), ms(r.p99Nanos()), ms(r.maxNanos())));
        }
        line.append(", errors ").append(r.errors());
        if (r.reloads() != null) {
            line.append(String.format(Locale.ROOT, "; reloads %d done, %d failed of %d due", r.reloads().done(),
                    r.reloads().failed(), r.reloads().due()));
            if (r.reloads().done() > 0) {
                line.append(String.format(Locale.ROOT, " (mean %s, max %s)", ms(r.reloads().meanNanos()),
                        ms(r.reloads().maxNanos())));
            }
        }
        line.append(String.format(Locale.ROOT, "; load average %.2f",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        out.println(line);
        if (r.allErrors() > 0) {
            StringBuilder kinds = new StringBuilder();
            for (ErrorKind k : ErrorKind.values()) {
                long n = r.errorsByKind().getOrDefault(k, 0L);
                if (n > 0) kinds.append(kinds.length() == 0 ? "" : ", ").append(k.label()).append(' ').append(n);
            }
            out.printf("  errors in the window: %s; in the warm-up: %d of %d requests; after the deadline: %d of %d "
                            + "in flight%n", kinds.length() == 0 ? "none" : kinds, r.warmupErrors(), r.warmupRequests(),
                    r.lateErrors(), r.lateRequests());
            r.firstErrors().forEach(m -> out.println("    " + m));
        }
        if (r.reloads() != null) {
            if (r.reloads().done() == 0 && r.reloads().failed() == 0) {
                out.println("  no reload was made");
            }
            r.reloads().firstErrors().forEach(m -> out.println("    " + m));
        }
    }

    private void checkOptions() {
        if (connections.isEmpty() || connections.stream().anyMatch(c -> c == null || c < 1)) {
            throw new ParameterException(spec.commandLine(), "--connections must list counts of at least 1");
        }
        for (Map.Entry<String, Double> e : Map.of("--duration", duration, "--timeout", timeout,
                "--reload-every", reloadEvery).entrySet()) {
            if (!(e.getValue() > 0)) throw new ParameterException(spec.commandLine(), e.getKey() + " must be positive");
        }
        if (!(warmup >= 0) || !(warmupLater >= 0)) {
            throw new ParameterException(spec.commandLine(), "--warmup and --warmup-later must not be negative");
        }
        if (port < 0 || port > 65535) throw new ParameterException(spec.commandLine(), "--port must be 0 to 65535");
    }

    private static Duration seconds(double s) {
        return Duration.ofNanos(Math.round(s * 1e9));
    }

    private static String ms(long nanos) {
        return String.format(Locale.ROOT, "%.1f ms", nanos / 1e6);
    }

    private static String number(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }

    private static String newToken() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** The database file with its WAL and shared-memory files. */
    /** Posts once and measures what the audit store keeps of that evaluation: its row and its compact inputs. */
    private static String storedBytes(Services services, String what, RequestSpec post, Duration timeout) {
        LoadRun.Single answer = LoadRun.once(post, timeout);
        if (!answer.ok()) {
            return what + " not measured (" + answer.failure() + ")";
        }
        String id = services.store().recent(1).get(0).id();
        EvaluationRecord record = services.store().find(id).orElseThrow().record();
        long row = utf8(record.payloadJson()) + utf8(record.id()) + utf8(record.createdAt().toString())
                + utf8(record.ruleSetVersion()) + utf8(record.inputDigest()) + 2 * 64 + 8;
        long inputs = CompactRecord.isCompact(record.payloadJson())
                ? services.store().storedContentBytes(CompactRecord.read(record.payloadJson()).inputs()).orElse(0)
                : 0;
        return String.format(Locale.ROOT, "%s %d bytes (record %d, inputs %d)", what, row + inputs, row, inputs);
    }

    private static long utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    private static long databaseBytes(Path file) {
        long total = 0;
        for (String suffix : List.of("", "-wal", "-shm")) {
            Path p = Path.of(file + suffix);
            try {
                if (Files.exists(p)) total += Files.size(p);
            } catch (IOException e) {
                // a file gone meanwhile counts as empty
            }
        }
        return total;
    }

    private static void removeHookAndDelete(Thread hook, Path folder) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            return;   // shutting down: the hook deletes it
        }
        deleteFolder(folder);
    }

    private static void deleteFolder(Path folder) {
        if (folder == null || !Files.exists(folder)) return;
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is no reason to fail the benchmark
        }
    }
}
