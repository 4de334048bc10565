package org.wellbeing.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.wellbeing.bench.Machine;
import org.wellbeing.bench.StartBenchmark;
import org.wellbeing.bench.StartBenchmark.Run;
import org.wellbeing.engine.CoverageCheck;
import org.wellbeing.io.town.TownDatasetReader;
import org.wellbeing.rules.CompiledRuleCache;
import org.wellbeing.rules.Reloader;
import org.wellbeing.rules.RuleBaseHolder;
import org.wellbeing.rules.RuleCompiler;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Times what a user waits for when starting the program: each command in a JVM of its own, from process
 * start to exit, first with an empty compiled-rule cache and then with it filled; serve to its first answer;
 * a usage error (and how many rule-engine classes it loaded: none is the aim); and, in this JVM once warm,
 * a reload of one edited rule file. See BENCHMARKS.md.
 */
@Command(name = "bench-start", mixinStandardHelpOptions = true,
        description = "Time start-up: report (first and cached), serve to first answer, a usage error, validate, a warm reload (see BENCHMARKS.md).")
final class StartBenchCommand implements Callable<Integer> {
    @Mixin EngineOptions engine;
    @Spec CommandSpec spec;

    @Option(names = "--runs", paramLabel = "R", description = "timed runs of each, the median is reported (default: ${DEFAULT-VALUE})")
    int runs = 3;

    @Option(names = "--period", paramLabel = "P", description = "period for report (default: ${DEFAULT-VALUE})")
    String period = "2022/23";

    @Option(names = "--jar", paramLabel = "FILE",
            description = "the application jar to time, e.g. main's for a before/after in the same conditions "
                    + "(default: ${DEFAULT-VALUE}, built by mvn package)")
    Path jar = Path.of("target", "wellbeing-engine.jar");

    @Option(names = "--launcher", paramLabel = "SCRIPT",
            description = "also time every command through this launcher (e.g. bin/wellbeing), interleaved with java -jar, with the ratio")
    Path launcher;

    @Option(names = "--skip-reload", description = "leave out the in-process reload (it always times this build's code, not --jar's)")
    boolean skipReload;

    @Override
    public Integer call() throws Exception {
        if (runs < 1) {
            throw new IllegalArgumentException("--runs: must be 1 or more, not " + runs);
        }
        if (!Files.isRegularFile(jar)) {
            throw new IllegalArgumentException("--jar: no such file: " + jar + " (mvn -q -DskipTests package builds it)");
        }
        if (launcher != null && !Files.isExecutable(launcher)) {
            throw new IllegalArgumentException("--launcher: no such executable file: " + launcher);
        }
        PrintWriter out = spec.commandLine().getOut();
        Path work = Files.createTempDirectory("wellbeing-bench-start");
        try {
            out.println("Start benchmark: " + jar + ", rules " + engine.rules + ", data " + engine.data);
            out.println(Machine.describe());
            out.flush();
            StartBenchmark plain = new StartBenchmark(jar, engine.rules, engine.data, work, line -> {
                out.println(line);
                out.flush();
            });
            StartBenchmark viaLauncher = launcher == null ? null : plain.through(launcher.toAbsolutePath());
            Compared timed = new Compared(plain, viaLauncher);
            List<String> where = List.of("--rules", engine.rules.toString(), "--data", engine.data.toString());
            List<String> report = concat(List.of("report", "--period", period), where);

            timed.print("report, first run (empty rule cache)", 1, b -> b.command(List.of(), report), "<= 4000 ms");
            timed.print("report, rules unchanged (cache filled)", runs, b -> b.command(List.of(), report), "<= 2000 ms");
            timed.print("usage error: report --period 1999/00", runs,
                    b -> b.command(List.of("-verbose:class"), concat(List.of("report", "--period", "1999/00"), where)),
                    "<= 600 ms, 0 engine classes");
            timed.print("usage error: report --data missing/", runs,
                    b -> b.command(List.of("-verbose:class"), List.of("report", "--rules", engine.rules.toString(),
                            "--data", work.resolve("missing").toString())), "<= 600 ms, 0 engine classes");
            timed.print("usage error: priorities --board nobody", runs,
                    b -> b.command(List.of("-verbose:class"), concat(List.of("priorities", "--board", "nobody"), where)),
                    "<= 600 ms, 0 engine classes");
            timed.print("validate (cache filled)", runs, b -> b.command(List.of(), concat(List.of("validate"), where)), "<= 3000 ms");
            timed.print("serve to first answer (cache filled)", runs, StartBenchmark::serveToFirstAnswer, "<= 3000 ms");
            if (!skipReload) {
                plain.print("reload of one edited file, warm (in this JVM)", warmReloads(work), "<= 1000 ms");
            }
            return 0;
        } finally {
            deleteTree(work);
        }
    }

    /** Copies the rules, then edits one file and reloads: 3 unmeasured times to warm the JIT, then the timed runs. */
    private List<Run> warmReloads(Path work) throws Exception {
        Path copy = work.resolve("rules-copy");
        copyTree(engine.rules, copy);
        RuleCompiler compiler = new RuleCompiler(CompiledRuleCache.in(work.resolve("reload-cache")));
        CoverageCheck check = new CoverageCheck(TownDatasetReader.read(engine.data).facts());
        Reloader reloader = new Reloader(copy, compiler, check,
                new RuleBaseHolder(Reloader.compileAndCheck(copy, compiler, check)), next -> {});
        Path edited;
        try (Stream<Path> files = Files.walk(copy)) {
            edited = files.filter(p -> p.toString().endsWith(".drl")).sorted().findFirst().orElseThrow();
        }
        List<Run> timed = new ArrayList<>();
        for (int i = 0; i < 3 + runs; i++) {
            Files.writeString(edited, "\n// edited by bench-start, " + i + "\n", StandardOpenOption.APPEND);
            long start = System.nanoTime();
            reloader.reload();
            double millis = (System.nanoTime() - start) / 1e6;
            if (i >= 3) {
                timed.add(new Run(millis, -1, 0, -1));
            }
        }
        return timed;
    }

    private interface Timed {
        Run run(StartBenchmark bench) throws Exception;
    }

    /**
     * Each measure with {@code java -jar} and, when a launcher is given, through it: runs taken in turn, so that
     * both meet the same load, then a line each and their ratio.
     */
    private record Compared(StartBenchmark plain, StartBenchmark viaLauncher) {
        void print(String what, int runs, Timed timed, String target) throws Exception {
            List<Run> plainRuns = new ArrayList<>();
            List<Run> launcherRuns = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                plainRuns.add(timed.run(plain));
                if (viaLauncher != null) {
                    launcherRuns.add(timed.run(viaLauncher));
                }
            }
            plain.print(viaLauncher == null ? what : what + ", java -jar", plainRuns, target);
            if (viaLauncher != null) {
                viaLauncher.print(what + ", launcher", launcherRuns, target);
                viaLauncher.printRatio("  launcher / java -jar", launcherRuns, plainRuns);
            }
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static void copyTree(Path from, Path to) throws Exception {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path p : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    private static void deleteTree(Path dir) throws Exception {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        }
    }
}
