package org.wellbeing.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.wellbeing.bench.BatchBenchmark;
import org.wellbeing.bench.Machine;
import org.wellbeing.bench.StartBenchmark;
import org.wellbeing.bench.SyntheticData;
import org.wellbeing.bench.SyntheticDataWriter;
import org.wellbeing.engine.Evaluator;
import org.wellbeing.io.CatalogueReader;
import org.wellbeing.model.Indicator;
import org.wellbeing.rules.RuleBase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Rates synthetic areas (the catalogue's indicators x periods each) with the engine and with a plain-Java
 * baseline, after warm-up, and prints observations per second, wall time and peak heap per size, and the
 * engine/plain ratio once both are checked to give the same outcomes. See BENCHMARKS.md.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmark the engine on synthetic areas against a plain-Java baseline (see BENCHMARKS.md).")
final class BenchCommand implements Callable<Integer> {
    private static final double MB = 1024 * 1024;

    @Mixin EngineOptions engine;
    @Spec CommandSpec spec;

    @Option(names = "--areas", split = ",", paramLabel = "N", description = "area counts to rate (default: 1,10,317)")
    List<Integer> areas = List.of(1, 10, 317);

    @Option(names = "--periods", paramLabel = "K", description = "single-year periods per indicator (default: ${DEFAULT-VALUE})")
    int periods = 5;

    @Option(names = "--seed", description = "seed of the synthetic data (default: ${DEFAULT-VALUE})")
    long seed = 20240601L;

    @Option(names = "--warmup", paramLabel = "W", description = "unmeasured runs before each measurement (default: ${DEFAULT-VALUE})")
    int warmups = 3;

    @Option(names = "--warmup-seconds", paramLabel = "S",
            description = "and keep warming up for at least S seconds per size and side (default: ${DEFAULT-VALUE})")
    double warmupSeconds = 5;

    @Option(names = "--runs", paramLabel = "R", description = "measured runs; the median is reported (default: ${DEFAULT-VALUE})")
    int runs = 5;

    @Option(names = "--write-data", paramLabel = "DIR",
            description = "write the largest set as town data directories (DIR/<area code>/) and stop")
    Path writeData;

    @Override
    public Integer call() throws Exception {
        // options first: a wrong one is said before the rules are compiled and a first area is rated
        if (areas.stream().anyMatch(n -> n < 1)) {
            throw new IllegalArgumentException("--areas: each count must be 1 or more, got " + areas);
        }
        if (periods < 1) {
            throw new IllegalArgumentException("--periods: must be 1 or more, got " + periods);
        }
        if (runs < 1 || warmups < 0 || warmupSeconds < 0) {
            throw new IllegalArgumentException("--runs must be 1 or more, --warmup and --warmup-seconds 0 or more");
        }
        PrintWriter out = spec.commandLine().getOut();
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        long compileStart = System.nanoTime();
        RuleBase rules = engine.compileRules();
        double compileMillis = (System.nanoTime() - compileStart) / 1e6;
        Path cataloguePath = engine.data.resolve("indicators.csv");
        List<Indicator> catalogue = CatalogueReader.read(cataloguePath);
        Evaluator evaluator = new Evaluator();

        if (writeData != null) {
            int largest = areas.stream().mapToInt(Integer::intValue).max().orElse(1);
            SyntheticData.Dataset data = SyntheticData.generate(catalogue, largest, periods, seed);
            List<Path> written = SyntheticDataWriter.write(data, writeData);
            out.printf("wrote %d area directories (%d observations) under %s, e.g. report --data %s%n",
                    written.size(), data.observationCount(), writeData, written.get(0));
            return 0;
        }

        SyntheticData.Dataset first = SyntheticData.generate(catalogue, 1, periods, seed);
        evaluator.evaluate(rules, first.facts());
        long coldStart = System.currentTimeMillis() - jvmStart;

        out.printf("Batch benchmark: rule set %s (%d rules in %d files), catalogue %s (%d indicators), "
                        + "%d single-year periods, seed %d%n",
                rules.shortVersion(), rules.rules().size(), rules.files().size(), cataloguePath, catalogue.size(),
                periods, seed);
        out.println(Machine.describe());
        out.printf("Cold start: JVM start to the first 1-area evaluation %d ms (rules compiled in %.0f ms)%n",
                coldStart, compileMillis);
        out.printf("Each size and side: at least %d warm-up runs and %.0f s of them, then the median of %d measured runs%n%n",
                warmups, warmupSeconds, runs);
        out.printf("%6s %8s | %10s %10s %10s %10s %9s %9s %9s %9s | %10s %10s | %8s%n", "areas", "obs", "engine ms",
                "best ms", "cpu ms", "obs/s", "peak MB", "live MB", "kept MB", "firings", "plain ms", "obs/s", "ratio");
        out.flush();

        BatchBenchmark bench = new BatchBenchmark(rules, evaluator, warmups, warmupSeconds, runs);
        boolean agree = true;
        for (int n : areas) {
            SyntheticData.Dataset data = SyntheticData.generate(catalogue, n, periods, seed);
            BatchBenchmark.Result r = bench.run(data);
            out.printf("%6d %8d | %10.1f %10.1f %10.1f %10.0f %9.0f %9.0f %9.0f %9d | %10.1f %10.0f | %8s%n", r.areas(),
                    r.observations(), r.engine().median(), r.engine().best(), r.engine().cpuMedian(),
                    r.engine().perSecond(r.observations()), r.engine().peakHeapBytes() / MB,
                    r.engine().peakAfterCollectionBytes() / MB, (r.retainedHeapBytes() - r.inputHeapBytes()) / MB,
                    r.firings(),
                    r.plain().median(), r.plain().perSecond(r.observations()),
                    r.agreement().agrees() ? String.format("%.1f", r.ratio()) : "DIFFERS");
            out.printf("%6s load average %.2f after %d areas%n", "", StartBenchmark.loadAverage(), n);
            if (!r.agreement().agrees()) {
                agree = false;
                out.printf("  engine and plain differ in %d of %d ratings, %d trends, %d flags, %d scores and %d "
                                + "findings, e.g.:%n", r.agreement().differing(), r.agreement().ratings(),
                        r.agreement().trends(), r.agreement().flags(), r.agreement().scores(),
                        r.agreement().findings());
                r.agreement().examples().forEach(e -> out.println("    " + e));
            }
            out.flush();
        }
        out.printf("%ncpu ms: process CPU time of a run, all threads; peak MB: highest heap in use during a measured "
                + "run, uncollected garbage included; live MB: highest heap left after a collection during a measured run "
                + "(input facts included; what the run needs at most); kept MB: heap an Evaluation holds after its run; ratio: engine median / plain median, printed only where both "
                + "give the same outcomes%n");
        out.flush();
        return agree ? 0 : 1;
    }
}
