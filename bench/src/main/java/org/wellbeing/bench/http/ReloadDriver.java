package org.wellbeing.bench.http;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.concurrent.locks.LockSupport;

/**
 * Calls the reload endpoint at a fixed rate while the load runs: at the start of the measured window, then every
 * interval until the deadline; a reload slower than the interval delays the next (they never overlap). Counts
 * the reloads answered as expected (200) and those that failed. On a client and connection of its own, beside the load's.
 */
final class ReloadDriver implements Runnable {
    private final RequestSpec request;
    private final long startNanos;
    private final long endNanos;
    private final long intervalNanos;
    private final long timeoutNanos;
    private final HttpClient client;
    private final ErrorLog errors = new ErrorLog(5);
    private volatile boolean stopped;
    private int done;
    private int failed;
    private long totalNanos;
    private long maxNanos;

    ReloadDriver(RequestSpec request, long startNanos, long endNanos, long intervalNanos, long timeoutNanos) {
        this.request = request;
        this.startNanos = startNanos;
        this.endNanos = endNanos;
        this.intervalNanos = intervalNanos;
        this.timeoutNanos = timeoutNanos;
        this.client = Exchange.newClient(Duration.ofNanos(timeoutNanos));
    }

    @Override
    public void run() {
        HttpRequest reload = request.httpRequest(Duration.ofNanos(timeoutNanos));
        for (long k = 0; !stopped; k++) {
            long at = startNanos + k * intervalNanos;
            if (at - endNanos >= 0) break;
            waitUntil(at);
            if (stopped) break;
            long sent = System.nanoTime();
            if (sent - endNanos >= 0) break;
            Exchange.Attempt a = Exchange.send(client, reload, request.expectedStatus(), timeoutNanos);
            if (a.ok()) {
                done++;
                long took = System.nanoTime() - sent;
                totalNanos += took;
                maxNanos = Math.max(maxNanos, took);
            } else {
                failed++;
                errors.add("reload: " + a.message());
            }
        }
    }

    private void waitUntil(long at) {
        for (long left = at - System.nanoTime(); left > 0 && !stopped; left = at - System.nanoTime()) {
            LockSupport.parkNanos(this, left);
        }
    }

    /** Stops before the next reload (a reload under way ends by its timeout). */
    void stop() {
        stopped = true;
    }

    /** Read after the thread ended. */
    LoadResult.Reloads result() {
        long due = (endNanos - startNanos + intervalNanos - 1) / intervalNanos;
        return new LoadResult.Reloads((int) due, done, failed, done == 0 ? 0 : totalNanos / done, maxNanos, errors.messages());
    }
}
