package org.wellbeing.bench.http;

/** Why a request counts as failed. */
public enum ErrorKind {
    /** An answer came, with a status other than the expected one. */
    STATUS,
    /** No complete answer within the per-request timeout. */
    TIMEOUT,
    /** The connection failed (refused, reset, closed early) or the answer was not HTTP. */
    EXCEPTION;

    /** "status", "timeout", "exception" */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
