package org.wellbeing.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.wellbeing.engine.Evaluation;
import org.wellbeing.engine.Evaluator;
import org.wellbeing.rules.RuleBase;

/**
 * Rates a synthetic data set with the engine and with the plain-Java baseline, each warmed up first, and
 * measures wall time and peak heap of each run. Before a ratio means anything the two must agree, so
 * every size is also checked outcome by outcome.
 */
public final class BatchBenchmark {

    /**
     * Wall times of the measured runs, the process CPU time each took (every thread, the garbage collector's
     * included: on a shared machine it shows what the wall time hides), the highest heap use seen, and the
     * highest heap left after a collection (what the runs kept reachable, at most; see {@link HeapSampler}).
     */
    public record Measure(List<Double> millis, List<Double> cpuMillis, long peakHeapBytes, long peakAfterCollectionBytes) {
        public double median() {
            return median(millis);
        }

        private static double median(List<Double> values) {
            List<Double> sorted = values.stream().sorted().toList();
            int n = sorted.size();
            return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
        }

        public double cpuMedian() {
            return median(cpuMillis);
        }

        public double best() {
            return millis.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
        }

        public double perSecond(int observations) {
            return observations / (median() / 1000);
        }
    }

    /**
     * The figures for one size.
     *
     * @param inputHeapBytes    heap in use with the input facts loaded, before any run
     * @param retainedHeapBytes heap still reachable after an engine run while its Evaluation is held
     */
    public record Result(int areas, int observations, Measure engine, Measure plain, int firings, int ratings,
                         long inputHeapBytes, long retainedHeapBytes, Agreement agreement) {
        public double ratio() {
            return engine.median() / plain.median();
        }
    }

    private final RuleBase rules;
    private final Evaluator evaluator;
    private final PlainRater plain;
    private final int warmups;
    private final long warmupNanos;
    private final int runs;

    /**
     * @param warmups       unmeasured runs before each measurement, at least
     * @param warmupSeconds and for at least this long: the JIT compiler is still compiling Drools' network
     *                      and the generated rule classes after a few runs, on the same two cores the runs use
     */
    public BatchBenchmark(RuleBase rules, Evaluator evaluator, int warmups, double warmupSeconds, int runs) {
        if (runs < 1 || warmups < 0 || warmupSeconds < 0) {
            throw new IllegalArgumentException("need at least 1 measured run and no negative warm-up");
        }
        this.rules = rules;
        this.evaluator = evaluator;
        this.plain = new PlainRater(Thresholds.of(rules));
        this.warmups = warmups;
        this.warmupNanos = (long) (warmupSeconds * 1e9);
        this.runs = runs;
    }

    public Result run(SyntheticData.Dataset data) {
        long input = HeapSampler.retainedHeap();
        Evaluation evaluation = evaluator.evaluate(rules, data.facts());
        int firings = evaluation.firings().size();
        int ratings = evaluation.ratings().size();
        long retained = HeapSampler.retainedHeap();
        // only the outcomes are kept for the check, so the evaluation and the plain result are not held together
        Agreement.Outcomes engineOutcomes = Agreement.Outcomes.of(evaluation);
        evaluation = null;
        Agreement agreement = Agreement.between(engineOutcomes, Agreement.Outcomes.of(plain.rate(data.facts())));
        engineOutcomes = null;

        Measure engine = measure(() -> evaluator.evaluate(rules, data.facts()));
        Measure baseline = measure(() -> plain.rate(data.facts()));
        return new Result(data.areas().size(), data.observationCount(), engine, baseline, firings, ratings,
                input, retained, agreement);
    }

    private Measure measure(Supplier<Object> job) {
        long warmupStart = System.nanoTime();
        for (int i = 0; i < warmups || System.nanoTime() - warmupStart < warmupNanos; i++) {
            consume(job.get());
        }
        List<Double> millis = new ArrayList<>(runs);
        List<Double> cpuMillis = new ArrayList<>(runs);
        long peak = 0;
        long peakAfterCollection = 0;
        for (int i = 0; i < runs; i++) {
            HeapSampler.retainedHeap();
            try (HeapSampler heap = new HeapSampler()) {
                long cpu = processCpuNanos();
                long start = System.nanoTime();
                Object result = job.get();
                millis.add((System.nanoTime() - start) / 1e6);
                cpuMillis.add((processCpuNanos() - cpu) / 1e6);
                consume(result);
                peak = Math.max(peak, heap.peak());
                peakAfterCollection = Math.max(peakAfterCollection, heap.peakAfterCollection());
            }
        }
        return new Measure(List.copyOf(millis), List.copyOf(cpuMillis), peak, peakAfterCollection);
    }

    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    private static int sink;

    /** Keeps a result observable so that the work behind it cannot be left out. */
    private static void consume(Object result) {
        sink += System.identityHashCode(result);
    }
}
