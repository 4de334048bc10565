package org.wellbeing.bench.http;

import java.util.List;
import java.util.Map;

/**
 * The outcome of one load run. The counts, rate and latencies are those of the requests that completed inside
 * the measured window (failed ones included in the latencies, with the time until they failed); requests that
 * completed during the warm-up, and those still in flight at the deadline, are counted apart.
 *
 * @param connections     concurrent connections (one worker each)
 * @param seconds         length of the measured window
 * @param requests        requests completed in the window: {@code successes + errors}
 * @param successes       of them, answered with the expected status
 * @param errors          of them, failed
 * @param errorsByKind    the window's errors by kind
 * @param firstErrors     the first few error messages of the whole run (warm-up and tail included), labelled
 * @param p50Nanos        median latency
 * @param p90Nanos        90th percentile
 * @param p99Nanos        99th percentile
 * @param maxNanos        slowest
 * @param warmupRequests  requests completed during the warm-up
 * @param warmupErrors    of them, failed
 * @param lateRequests    requests in flight at the deadline, completed (or failed) afterwards
 * @param lateErrors      of them, failed
 * @param reloads         the reloads made during the window, or null when there was no reloader
 */
public record LoadResult(int connections, double seconds, long requests, long successes, long errors,
                         Map<ErrorKind, Long> errorsByKind, List<String> firstErrors,
                         long p50Nanos, long p90Nanos, long p99Nanos, long maxNanos,
                         long warmupRequests, long warmupErrors, long lateRequests, long lateErrors,
                         Reloads reloads) {

    public LoadResult {
        errorsByKind = Map.copyOf(errorsByKind);
        firstErrors = List.copyOf(firstErrors);
    }

    /**
     * Reloads made while the load ran.
     *
     * @param due         reloads the schedule asked for in the window (one per interval); more than done plus
     *                    failed when reloads were slower than the interval, as they never overlap
     * @param done        answered 200
     * @param failed      any other status, an exception or a timeout
     * @param meanNanos   mean time of a reload done, from sending to the end of its answer (0 with none)
     * @param maxNanos    the slowest reload done
     * @param firstErrors the first few failures
     */
    public record Reloads(int due, int done, int failed, long meanNanos, long maxNanos, List<String> firstErrors) {
        public Reloads {
            firstErrors = List.copyOf(firstErrors);
        }
    }

    public double requestsPerSecond() {
        return seconds <= 0 ? 0 : requests / seconds;
    }

    /** Every failed request of the run: in the window, in the warm-up and after the deadline. */
    public long allErrors() {
        return errors + warmupErrors + lateErrors;
    }

    /** No request failed anywhere in the run, and, with a reloader, at least one reload was made and none failed. */
    public boolean clean() {
        return allErrors() == 0 && (reloads == null || (reloads.failed() == 0 && reloads.done() > 0));
    }
}
