package org.wellbeing.web;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import org.wellbeing.audit.checkpoint.Checkpoint;

/**
 * How the service protects itself from slow, greedy and foreign clients, and what it tells clients about the
 * audit trail.
 *
 * @param bodyReadTimeout  a request body must arrive within this time of the headers, else 408 and the
 *                         connection is closed (bodies are read without holding a thread)
 * @param idleTimeout      a connection silent this long is closed
 * @param maxConnections   connections beyond this wait to be accepted
 * @param bodyBufferBudget bytes of request bodies held in memory at once over all requests; beyond it 503
 * @param readOnly         why the service answers reads only (the audit database failed verification and
 *                         was opened for investigation), or null for a normal service
 * @param checkpoint       the newest signed audit checkpoint, handed back with each evaluation (empty: none)
 */
public record Safeguards(Duration bodyReadTimeout, Duration idleTimeout, int maxConnections, long bodyBufferBudget,
                         String readOnly, Supplier<Optional<Checkpoint>> checkpoint) {
    public static final Duration DEFAULT_BODY_READ_TIMEOUT = Duration.ofSeconds(20);
    public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofSeconds(30);
    public static final int DEFAULT_MAX_CONNECTIONS = 2000;

    public Safeguards {
        if (bodyReadTimeout.isNegative() || bodyReadTimeout.isZero()) throw new IllegalArgumentException("bodyReadTimeout must be positive");
        if (idleTimeout.isNegative() || idleTimeout.isZero()) throw new IllegalArgumentException("idleTimeout must be positive");
        if (maxConnections < 1) throw new IllegalArgumentException("maxConnections must be positive, got " + maxConnections);
        if (bodyBufferBudget < 1) throw new IllegalArgumentException("bodyBufferBudget must be positive, got " + bodyBufferBudget);
    }

    /** The defaults: 20 s for a body, 30 s idle, 2000 connections, a quarter of the heap for bodies, writable, no checkpoints. */
    public static Safeguards defaults() {
        return new Safeguards(DEFAULT_BODY_READ_TIMEOUT, DEFAULT_IDLE_TIMEOUT, DEFAULT_MAX_CONNECTIONS,
                Runtime.getRuntime().maxMemory() / 4, null, Optional::empty);
    }

    public Safeguards withReadOnly(String why) {
        return new Safeguards(bodyReadTimeout, idleTimeout, maxConnections, bodyBufferBudget, why, checkpoint);
    }

    public Safeguards withCheckpoints(Supplier<Optional<Checkpoint>> newest) {
        return new Safeguards(bodyReadTimeout, idleTimeout, maxConnections, bodyBufferBudget, readOnly, newest);
    }

    public Safeguards withTimeouts(Duration bodyRead, Duration idle) {
        return new Safeguards(bodyRead, idle, maxConnections, bodyBufferBudget, readOnly, checkpoint);
    }
}
