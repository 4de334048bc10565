package org.wellbeing.bench.http;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A closed-loop HTTP load generator in the manner of wrk: C connections, each driven by one worker thread that
 * sends the next request as soon as the answer to the previous one has been read, for a warm-up and then a
 * measured window of fixed length.
 *
 * <p>Connections: each worker owns a JDK HTTP client (java.net.http, HTTP/1.1, keep-alive), so no pool is shared
 * between workers: the run holds C concurrent connections, each reopened only after an error or a
 * {@code Connection: close}. Latencies go into an HdrHistogram per worker ({@link LatencyRecorder}).
 *
 * <p>What is counted: a request belongs to the phase in which it completed (or failed). Those completed inside the
 * measured window give the rate, the latency percentiles (failed ones included, with the time until they failed)
 * and the error counts; those of the warm-up and those in flight at the deadline are counted apart, their errors
 * too. Anything other than the expected status, an exception or a timeout is an error.
 *
 * <p>Bounded: no worker starts a request after the deadline, and every request has a deadline of its own, after
 * which the worker abandons it (the client aborts it) and counts a timeout. The optional reloader ({@link ReloadDriver}) calls the reload endpoint every interval during
 * the measured window.
 */
public final class LoadRun {
    private static final long GRACE_NANOS = TimeUnit.SECONDS.toNanos(1);

    /**
     * How to run.
     *
     * @param request     the request every worker sends
     * @param connections concurrent connections (one worker thread each)
     * @param warmup      unmeasured time before the measured window (zero for none)
     * @param duration    the measured window
     * @param timeout     per request: the whole answer must have come within it
     * @param reload      the request a reloader sends during the measured window, or null for none
     * @param reloadEvery the reloader's interval
     */
    public record Settings(RequestSpec request, int connections, Duration warmup, Duration duration, Duration timeout,
                           RequestSpec reload, Duration reloadEvery) {
        public Settings {
            Objects.requireNonNull(request, "request");
            if (connections < 1) throw new IllegalArgumentException("connections must be at least 1, got " + connections);
            if (warmup.isNegative()) throw new IllegalArgumentException("warm-up must not be negative, got " + warmup);
            if (duration.isZero() || duration.isNegative()) {
                throw new IllegalArgumentException("duration must be positive, got " + duration);
            }
            if (timeout.isZero() || timeout.isNegative()) {
                throw new IllegalArgumentException("timeout must be positive, got " + timeout);
            }
            if (reload != null && (reloadEvery == null || reloadEvery.isZero() || reloadEvery.isNegative())) {
                throw new IllegalArgumentException("reload interval must be positive, got " + reloadEvery);
            }
        }

        /** Without a reloader. */
        public Settings(RequestSpec request, int connections, Duration warmup, Duration duration, Duration timeout) {
            this(request, connections, warmup, duration, timeout, null, null);
        }

        /** The same with a reloader sending {@code reload} every {@code every}. */
        public Settings withReload(RequestSpec reload, Duration every) {
            return new Settings(request, connections, warmup, duration, timeout, reload, every);
        }
    }

    private final Settings settings;

    public LoadRun(Settings settings) {
        this.settings = settings;
    }

    /** Runs the load (warm-up, then the measured window) and returns what it measured. Blocks until done. */
    public LoadResult run() throws InterruptedException {
        int c = settings.connections();
        long timeoutNanos = settings.timeout().toNanos();
        HttpRequest request = settings.request().httpRequest(settings.timeout());
        ErrorLog errors = new ErrorLog(5);
        CountDownLatch ready = new CountDownLatch(c);
        CountDownLatch go = new CountDownLatch(1);
        Clock clock = new Clock();
        List<Worker> workers = new ArrayList<>(c);
        List<Thread> threads = new ArrayList<>(c);
        for (int i = 0; i < c; i++) {
            Worker w = new Worker(request, settings.request().expectedStatus(), timeoutNanos, clock, errors, ready, go);
            Thread t = new Thread(w, "load-" + c + "-" + (i + 1));
            t.setDaemon(true);
            workers.add(w);
            threads.add(t);
            t.start();
        }
        ready.await();
        long start = System.nanoTime();
        clock.measureStart = start + settings.warmup().toNanos();
        clock.end = clock.measureStart + settings.duration().toNanos();
        ReloadDriver reloader = null;
        Thread reloadThread = null;
        if (settings.reload() != null) {
            reloader = new ReloadDriver(settings.reload(), clock.measureStart, clock.end,
                    settings.reloadEvery().toNanos(), timeoutNanos);
            reloadThread = new Thread(reloader, "load-reloader");
            reloadThread.setDaemon(true);
            reloadThread.start();
        }
        go.countDown();   // the clock's times are published to the workers by the latch

        // Every request started before the end is over, or abandoned, by end + timeout.
        long hardStop = clock.end + timeoutNanos + GRACE_NANOS;
        joinUntil(threads, hardStop);
        if (reloadThread != null) {
            joinUntil(List.of(reloadThread), hardStop);
            if (reloadThread.isAlive()) reloader.stop();
            reloadThread.join(TimeUnit.NANOSECONDS.toMillis(GRACE_NANOS));
        }

        List<LatencyRecorder> recorders = new ArrayList<>(c);
        long warmupRequests = 0;
        long warmupErrors = 0;
        long lateRequests = 0;
        long lateErrors = 0;
        for (Worker w : workers) {
            recorders.add(w.measured);
            warmupRequests += w.warmupRequests;
            warmupErrors += w.warmupErrors;
            lateRequests += w.lateRequests;
            lateErrors += w.lateErrors;
        }
        LatencyRecorder.Merged m = LatencyRecorder.merge(recorders);
        return new LoadResult(c, settings.duration().toNanos() / 1e9, m.requests(), m.successes(), m.errors(),
                m.errorsByKind(), errors.messages(), m.percentile(50), m.percentile(90), m.percentile(99), m.max(),
                warmupRequests, warmupErrors, lateRequests, lateErrors,
                reloader == null ? null : reloader.result());
    }

    /**
     * One request on a connection of its own, e.g. to see that the service answers before a run.
     *
     * @param status  the answer's status, 0 when none came
     * @param nanos   from sending until the answer was read (or the failure)
     * @param bytes   body bytes of the answer
     * @param failure null when the status was the expected one; else what went wrong
     */
    public record Single(int status, long nanos, long bytes, String failure) {
        public boolean ok() {
            return failure == null;
        }
    }

    /** Sends {@code request} once, waiting at most {@code timeout} for the whole answer. */
    public static Single once(RequestSpec request, Duration timeout) {
        HttpClient client = Exchange.newClient(timeout);
        long sent = System.nanoTime();
        Exchange.Attempt a = Exchange.send(client, request.httpRequest(timeout), request.expectedStatus(),
                timeout.toNanos());
        return new Single(a.status(), System.nanoTime() - sent, a.bodyBytes(), a.message());
    }

    private static void joinUntil(List<Thread> threads, long deadlineNanos) throws InterruptedException {
        for (Thread t : threads) {
            long left = deadlineNanos - System.nanoTime();
            if (left > 0) {
                TimeUnit.NANOSECONDS.timedJoin(t, left);
            }
        }
    }

    /** The run's times (System.nanoTime), set before the start signal. */
    private static final class Clock {
        long measureStart;
        long end;
    }

    /** One client and its connection, one thread, one request after another. */
    private static final class Worker implements Runnable {
        final HttpRequest request;
        final int expectedStatus;
        final long timeoutNanos;
        final Clock clock;
        final ErrorLog errors;
        final CountDownLatch ready;
        final CountDownLatch go;
        final HttpClient client;
        final LatencyRecorder measured = new LatencyRecorder();
        long warmupRequests;
        long warmupErrors;
        long lateRequests;
        long lateErrors;

        Worker(HttpRequest request, int expectedStatus, long timeoutNanos, Clock clock, ErrorLog errors,
               CountDownLatch ready, CountDownLatch go) {
            this.request = request;
            this.expectedStatus = expectedStatus;
            this.timeoutNanos = timeoutNanos;
            this.clock = clock;
            this.errors = errors;
            this.ready = ready;
            this.go = go;
            this.client = Exchange.newClient(Duration.ofNanos(timeoutNanos));
        }

        @Override
        public void run() {
            ready.countDown();
            try {
                go.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            long measureStart = clock.measureStart;
            long end = clock.end;
            while (true) {
                long sent = System.nanoTime();
                if (sent - end >= 0) break;
                Exchange.Attempt a = Exchange.send(client, request, expectedStatus, timeoutNanos);
                ErrorKind failure = a.failure();
                String message = a.message();
                long done = System.nanoTime();
                if (done - measureStart < 0) {
                    warmupRequests++;
                    if (failure != null) {
                        warmupErrors++;
                        errors.add("warm-up: " + message);
                    }
                } else if (done - end < 0) {
                    if (failure == null) {
                        measured.success(done - sent);
                    } else {
                        measured.error(failure, done - sent);
                        errors.add(message);
                    }
                } else {
                    lateRequests++;
                    if (failure != null) {
                        lateErrors++;
                        errors.add("after the deadline: " + message);
                    }
                }
            }
        }
    }
}
