package org.wellbeing.bench.http;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.HdrHistogram.Histogram;

/**
 * What one worker saw in the measured window: the latency of every request that completed in it (nanoseconds,
 * failed ones included, in an HdrHistogram to 3 significant digits) and, per request, whether it failed and why.
 * One per worker, so recording takes no lock; {@link #merge} joins them after the workers have ended.
 */
public final class LatencyRecorder {
    private static final int SIGNIFICANT_DIGITS = 3;

    private final Histogram latencies = new Histogram(SIGNIFICANT_DIGITS);
    private long successes;
    private final long[] errors = new long[ErrorKind.values().length];

    /** A request that completed as expected. */
    public void success(long latencyNanos) {
        latencies.recordValue(latencyNanos);
        successes++;
    }

    /** A request that failed; its latency is the time until it failed (the timeout for a timeout). */
    public void error(ErrorKind kind, long latencyNanos) {
        latencies.recordValue(latencyNanos);
        errors[kind.ordinal()]++;
    }

    public long requests() {
        return latencies.getTotalCount();
    }

    public long successes() {
        return successes;
    }

    public long errors(ErrorKind kind) {
        return errors[kind.ordinal()];
    }

    /** Every request of the given recorders: the latencies in one histogram, the counts summed. */
    public static Merged merge(List<LatencyRecorder> recorders) {
        Histogram all = new Histogram(SIGNIFICANT_DIGITS);
        long successes = 0;
        Map<ErrorKind, Long> errors = new EnumMap<>(ErrorKind.class);
        for (ErrorKind k : ErrorKind.values()) errors.put(k, 0L);
        for (LatencyRecorder r : recorders) {
            all.add(r.latencies);
            successes += r.successes;
            for (ErrorKind k : ErrorKind.values()) errors.merge(k, r.errors(k), Long::sum);
        }
        return new Merged(all, successes, errors);
    }

    /** Merged recordings: the latencies (nanoseconds) and the counts. */
    public record Merged(Histogram latencies, long successes, Map<ErrorKind, Long> errorsByKind) {
        public long requests() {
            return latencies.getTotalCount();
        }

        public long errors() {
            return errorsByKind.values().stream().mapToLong(Long::longValue).sum();
        }

        /** The latency at or below which p% of requests completed (HdrHistogram: within 0.1%); 0 with none. */
        public long percentile(double p) {
            if (p < 0 || p > 100) throw new IllegalArgumentException("percentile must be 0 to 100, got " + p);
            return requests() == 0 ? 0 : latencies.getValueAtPercentile(p);
        }

        public long max() {
            return requests() == 0 ? 0 : latencies.getMaxValue();
        }
    }
}
