package org.wellbeing.bench.http;

import java.util.concurrent.locks.LockSupport;

/**
 * Calls the reload endpoint at a fixed rate while the load runs: at the start of the measured window, then every
 * interval until the deadline; a reload slower than the interval delays the next (they never overlap). Counts
 * the reloads answered as expected (200) and those that failed. On its own connection, beside the load's.
 */
final class ReloadDriver implements Runnable {
    private final RequestSpec request;
    private final long startNanos;
    private final long endNanos;
    private final long intervalNanos;
    private final long timeoutNanos;
    private final HttpConnection connection;
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
        this.connection = new HttpConnection(request.host(), request.port());
    }

    @Override
    public void run() {
        byte[] wire = request.wire();
        try {
            for (long k = 0; !stopped; k++) {
                long at = startNanos + k * intervalNanos;
                if (at - endNanos >= 0) break;
                waitUntil(at);
                if (stopped) break;
                long sent = System.nanoTime();
                if (sent - endNanos >= 0) break;
                HttpConnection.Attempt a = connection.attempt(wire, request.expectedStatus(), sent, timeoutNanos);
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
        } finally {
            connection.close();
        }
    }

    private void waitUntil(long at) {
        for (long left = at - System.nanoTime(); left > 0 && !stopped; left = at - System.nanoTime()) {
            LockSupport.parkNanos(this, left);
        }
    }

    /** Ends a blocked exchange (closing its socket) and stops before the next reload. */
    void stop() {
        stopped = true;
        connection.close();
    }

    /** Read after the thread ended. */
    LoadResult.Reloads result() {
        long due = (endNanos - startNanos + intervalNanos - 1) / intervalNanos;
        return new LoadResult.Reloads((int) due, done, failed, done == 0 ? 0 : totalNanos / done, maxNanos, errors.messages());
    }
}
