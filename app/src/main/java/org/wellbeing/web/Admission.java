package org.wellbeing.web;

import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Keeps what evaluation requests hold in memory at once bounded, so that no mix of large requests can run the
 * service out of memory: request bodies being read and parsed (at most four of the largest allowed at once) and
 * observations being evaluated (at most twice the per-request limit at once). A request that finds no room
 * within {@value #WAIT_SECONDS} s is answered 503 with Retry-After, and holds nothing.
 */
final class Admission {
    static final int WAIT_SECONDS = 10;
    private static final int BODIES_AT_ONCE = 4;

    private final long maxBodyBytes;
    private final int maxObservations;
    private final Semaphore bodyBytes;
    private final Semaphore observations;

    Admission(long maxBodyBytes, int maxObservations) {
        this.maxBodyBytes = maxBodyBytes;
        this.maxObservations = maxObservations;
        this.bodyBytes = new Semaphore((int) Math.min(Integer.MAX_VALUE, BODIES_AT_ONCE * maxBodyBytes));
        this.observations = new Semaphore((int) Math.min(Integer.MAX_VALUE, 2L * maxObservations));
    }

    int maxObservations() {
        return maxObservations;
    }

    /** Room for one request's body (its declared length; the largest allowed when it declares none). */
    Ticket admitBody(long declaredBytes) {
        int permits = (int) Math.max(1, declaredBytes < 0 || declaredBytes > maxBodyBytes ? maxBodyBytes : declaredBytes);
        acquire(bodyBytes, permits, "request bodies");
        return new Ticket(permits);
    }

    /** What one admitted request holds; closing it gives everything back. */
    final class Ticket implements AutoCloseable {
        private int bodyPermits;
        private int observationPermits;

        private Ticket(int bodyPermits) {
            this.bodyPermits = bodyPermits;
        }

        /** The body is parsed: its bytes are given back, room for its observations taken (413 beyond the limit). */
        void evaluating(int count) {
            bodyBytes.release(bodyPermits);
            bodyPermits = 0;
            if (count > maxObservations) {
                throw new ApiException(413, "the request has " + count + " observations, more than the limit of "
                        + maxObservations + " per request: send them in several requests");
            }
            int permits = Math.max(1, count);
            acquire(observations, permits, "observations");
            observationPermits = permits;
        }

        @Override
        public void close() {
            bodyBytes.release(bodyPermits);
            observations.release(observationPermits);
            bodyPermits = 0;
            observationPermits = 0;
        }
    }

    private static void acquire(Semaphore room, int permits, String what) {
        boolean got;
        try {
            got = room.tryAcquire(permits, WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            got = false;
        }
        if (!got) {
            throw new ApiException(503, "the service is busy with other large requests (" + what
                    + "); try again shortly", java.util.List.of(), Map.of("Retry-After", "1"));
        }
    }
}
