package org.wellbeing.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * How long the program takes to start and answer: each command runs in a JVM of its own, as a user runs it,
 * timed from starting the process to its exit (or, for {@code serve}, to its first answer). The compiled-rule
 * cache is a fresh directory, so the first run compiles and the later ones read it back.
 */
public final class StartBenchmark {
    private final Path jar;
    private final Path rules;
    private final Path data;
    private final Path work;
    private final Consumer<String> out;
    private final Path launcher;

    public StartBenchmark(Path jar, Path rules, Path data, Path work, Consumer<String> out) {
        this(jar, rules, data, work, out, null);
    }

    private StartBenchmark(Path jar, Path rules, Path data, Path work, Consumer<String> out, Path launcher) {
        this.jar = jar;
        this.rules = rules;
        this.data = data;
        this.work = work;
        this.out = out;
        this.launcher = launcher;
    }

    /**
     * The same benchmark run through a launcher script (bin/wellbeing) instead of {@code java -jar}: the jar, JVM
     * options, compiled-rule cache and class-data archive are handed to it in its environment. Its caches are
     * its own fresh ones, so its first run is a first run too.
     */
    public StartBenchmark through(Path script) throws IOException {
        return new StartBenchmark(jar, rules, data, Files.createDirectories(work.resolve("launcher")), out, script);
    }

    /** The process for a command: {@code java [jvm] -jar JAR args}, or the launcher with the same in its environment. */
    private ProcessBuilder process(List<String> jvm, List<String> args) {
        String ruleCache = work.resolve("rule-cache").toString();
        if (launcher == null) {
            List<String> command = new ArrayList<>(List.of(javaBinary(), "-Dwellbeing.rule-cache=" + ruleCache));
            command.addAll(jvm);
            command.add("-jar");
            command.add(jar.toString());
            command.addAll(args);
            return new ProcessBuilder(command);
        }
        List<String> command = new ArrayList<>(List.of(launcher.toString()));
        command.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().put("WELLBEING_JAR", jar.toString());
        pb.environment().put("WELLBEING_RULE_CACHE", ruleCache);
        pb.environment().put("WELLBEING_CDS_DIR", work.resolve("cds").toString());
        pb.environment().put("WELLBEING_JAVA_OPTS", String.join(" ", jvm));
        pb.environment().put("PATH", Path.of(javaBinary()).getParent() + java.io.File.pathSeparator + System.getenv("PATH"));
        return pb;
    }

    /**
     * One timed run: wall time, CPU time of the process (all its threads; -1 where unknown), exit status, and
     * Drools or KIE classes loaded (-1 when not counted). On a machine busy with other work the CPU time says
     * more than the wall time.
     */
    public record Run(double millis, double cpuMillis, int exit, long engineClasses) {}

    /** A process run to its end, from a fresh JVM. */
    public Run command(List<String> jvm, List<String> args) throws IOException, InterruptedException {
        Path log = Files.createTempFile(work, "run", ".out");
        double cpuBefore = childrenCpuMillis();
        long start = System.nanoTime();
        Process p = process(jvm, args).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        int exit = p.waitFor();
        double millis = (System.nanoTime() - start) / 1e6;
        double cpu = cpuBefore < 0 ? -1 : childrenCpuMillis() - cpuBefore;
        long engineClasses = -1;
        if (jvm.contains("-verbose:class")) {
            try (Stream<String> lines = Files.lines(log, StandardCharsets.UTF_8)) {
                engineClasses = lines.filter(l -> l.startsWith("[") && (l.contains(" org.drools.") || l.contains(" org.kie."))).count();
            }
        }
        Files.deleteIfExists(log);
        awaitArchiveRecorder();
        return new Run(millis, cpu, exit, engineClasses);
    }

    /**
     * The launcher records its class-data archive after a first run, in the background: the next measure waits
     * for that to end (at most two minutes), so that it neither shares the cores with it nor runs without the
     * archive. The recorder's time is in no measure: it is not what a user waits for.
     */
    private void awaitArchiveRecorder() throws IOException, InterruptedException {
        Path cds = work.resolve("cds");
        if (launcher == null || !Files.isDirectory(cds)) {
            return;
        }
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (System.nanoTime() < deadline) {
            try (Stream<Path> files = Files.list(cds)) {
                if (files.noneMatch(f -> f.getFileName().toString().endsWith(".recording"))) {
                    return;
                }
            }
            Thread.sleep(50);
        }
    }

    /** {@code serve} on a free port, timed from starting the process to its first 200 on /api/health. */
    public Run serveToFirstAnswer() throws IOException, InterruptedException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        List<String> args = List.of("serve", "--rules", rules.toString(), "--data", data.toString(), "--host", "127.0.0.1",
                "--port", String.valueOf(port), "--db", work.resolve("audit-" + port + ".db").toString(), "--no-watch");
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(200)).build();
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/health"))
                .timeout(Duration.ofSeconds(5)).build();
        double cpuBefore = childrenCpuMillis();
        long start = System.nanoTime();
        Process p = process(List.of(), args).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        double millis = -1;
        int exit = -1;
        try {
            while (p.isAlive() && System.nanoTime() - start < TimeUnit.SECONDS.toNanos(120)) {
                try {
                    if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        millis = (System.nanoTime() - start) / 1e6;
                        exit = 0;
                        break;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                Thread.sleep(10);
            }
            if (millis < 0) {
                millis = (System.nanoTime() - start) / 1e6;
                exit = p.isAlive() ? -1 : p.exitValue();
            }
        } finally {
            p.destroy();
            if (!p.waitFor(launcher == null ? 10 : 60, TimeUnit.SECONDS)) { // the launcher may be writing its archive
                p.destroyForcibly().waitFor();
            }
        }
        // the CPU time includes the shutdown after the answer: an upper bound
        return new Run(millis, cpuBefore < 0 ? -1 : childrenCpuMillis() - cpuBefore, exit, -1);
    }

    /** CPU time of this process's finished children (Linux: cutime + cstime of /proc/self/stat), or -1. */
    private static double childrenCpuMillis() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // after the command's name: state is field 3, so cutime (16) and cstime (17) are at 13 and 14 here
            return (Long.parseLong(f[13]) + Long.parseLong(f[14])) * 10.0; // clock ticks of 10 ms
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** Prints one line: what, the median of the runs, every run, the target, the load average now. */
    public void print(String what, List<Run> runs, String target) {
        double[] ms = runs.stream().mapToDouble(Run::millis).sorted().toArray();
        String each = String.join(" ", runs.stream().map(r -> String.format(Locale.ROOT, "%.0f", r.millis())).toList());
        double cpu = median(runs.stream().mapToDouble(Run::cpuMillis).toArray());
        String exits = String.join(",", runs.stream().map(r -> String.valueOf(r.exit())).distinct().toList());
        long engine = runs.stream().mapToLong(Run::engineClasses).max().orElse(-1);
        out.accept(String.format(Locale.ROOT, "%-46s %7.0f ms wall %7s ms cpu  (runs: %s; exit %s%s)  target %s  load %.2f",
                what, median(ms), cpu < 0 ? "?" : String.format(Locale.ROOT, "%.0f", cpu), each, exits,
                engine >= 0 ? "; rule engine classes loaded: " + engine : "", target, loadAverage()));
    }

    /** One line comparing two sets of runs of the same thing: the medians' ratio, wall and CPU. */
    public void printRatio(String what, List<Run> runs, List<Run> baseline) {
        double wall = median(runs.stream().mapToDouble(Run::millis).toArray())
                / median(baseline.stream().mapToDouble(Run::millis).toArray());
        double cpu = median(runs.stream().mapToDouble(Run::cpuMillis).toArray())
                / median(baseline.stream().mapToDouble(Run::cpuMillis).toArray());
        out.accept(String.format(Locale.ROOT, "%-46s %7.2f wall %7.2f cpu  load %.2f", what, wall, cpu, loadAverage()));
    }

    public static double median(double[] sorted) {
        if (sorted.length == 0) return Double.NaN;
        double[] s = Arrays.copyOf(sorted, sorted.length);
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    public static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
