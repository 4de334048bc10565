package org.wellbeing.bench.http;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What one worker saw in the measured window: the latency of every request that completed in it (nanoseconds,
 * failed ones included) and, per request, whether it failed and why. One per worker, so recording takes no
 * lock; {@link #merge} joins them after the workers have ended.
 */
public final class LatencyRecorder {
    private long[] latencies = new long[1024];
    private int size;
    private long successes;
    private final long[] errors = new long[ErrorKind.values().length];

    /** A request that completed as expected. */
    public void success(long latencyNanos) {
        add(latencyNanos);
        successes++;
    }

    /** A request that failed; its latency is the time until it failed (the timeout for a timeout). */
    public void error(ErrorKind kind, long latencyNanos) {
        add(latencyNanos);
        errors[kind.ordinal()]++;
    }

    private void add(long latencyNanos) {
        if (size == latencies.length) {
            latencies = Arrays.copyOf(latencies, size * 2);
        }
        latencies[size++] = latencyNanos;
    }

    public long requests() {
        return size;
    }

    public long successes() {
        return successes;
    }

    public long errors() {
        return Arrays.stream(errors).sum();
    }

    public long errors(ErrorKind kind) {
        return errors[kind.ordinal()];
    }

    /** Every request of the given recorders: all latencies sorted, with the counts summed. */
    public static Merged merge(List<LatencyRecorder> recorders) {
        int total = 0;
        for (LatencyRecorder r : recorders) total += r.size;
        long[] all = new long[total];
        int at = 0;
        long successes = 0;
        Map<ErrorKind, Long> errors = new EnumMap<>(ErrorKind.class);
        for (ErrorKind k : ErrorKind.values()) errors.put(k, 0L);
        for (LatencyRecorder r : recorders) {
            System.arraycopy(r.latencies, 0, all, at, r.size);
            at += r.size;
            successes += r.successes;
            for (ErrorKind k : ErrorKind.values()) errors.merge(k, r.errors(k), Long::sum);
        }
        Arrays.sort(all);
        return new Merged(all, successes, errors);
    }

    /** Merged recordings: sorted latencies (nanoseconds) and the counts. */
    public record Merged(long[] sortedLatencies, long successes, Map<ErrorKind, Long> errorsByKind) {
        public long requests() {
            return sortedLatencies.length;
        }

        public long errors() {
            return errorsByKind.values().stream().mapToLong(Long::longValue).sum();
        }

        /** Nearest-rank percentile (the smallest latency with at least p% of requests at or below it); 0 with none. */
        public long percentile(double p) {
            return percentile(sortedLatencies, p);
        }

        public long max() {
            return sortedLatencies.length == 0 ? 0 : sortedLatencies[sortedLatencies.length - 1];
        }

        /** Nearest-rank percentile of sorted values; 0 for none. */
        public static long percentile(long[] sorted, double p) {
            if (p < 0 || p > 100) throw new IllegalArgumentException("percentile must be 0 to 100, got " + p);
            if (sorted.length == 0) return 0;
            int rank = (int) Math.ceil(p / 100.0 * sorted.length);
            return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
        }
    }
}
