package org.wellbeing.web;

/**
 * How the HTTP service runs.
 *
 * @param host         interface to listen on ("127.0.0.1" for this machine only, "0.0.0.0" for all)
 * @param port         port to listen on; 0 picks a free one (tests)
 * @param maxBodyBytes larger request bodies are refused with 413
 * @param adminToken   the bearer token {@code POST /api/rules/reload} requires; null or blank switches reload
 *                     over HTTP off (403). The CLI reads it from {@value #ADMIN_TOKEN_VARIABLE}.
 * @param maxObservations an evaluation request with more observations is refused with 413; the service evaluates
 *                     at most twice this many observations at once and answers 503 to a request that waited
 *                     {@value Admission#WAIT_SECONDS} s for room (memory grows with observations in evaluation)
 */
public record WebSettings(String host, int port, long maxBodyBytes, String adminToken, int maxObservations) {
    public static final String ADMIN_TOKEN_VARIABLE = "WELLBEING_ADMIN_TOKEN";
    public static final int DEFAULT_PORT = 7070;
    /** 5 MiB: the bundled observations are about 20 KB as CSV, so this leaves room for any one town's file. */
    public static final long DEFAULT_MAX_BODY_BYTES = 5L * 1024 * 1024;
    /** Observations per evaluation request: the bundled data has 150; a town's whole history is a few thousand. */
    public static final int DEFAULT_MAX_OBSERVATIONS = 10_000;

    /** With the default limit on observations per request. */
    public WebSettings(String host, int port, long maxBodyBytes, String adminToken) {
        this(host, port, maxBodyBytes, adminToken, DEFAULT_MAX_OBSERVATIONS);
    }

    public WebSettings {
        if (port < 0 || port > 65535) throw new IllegalArgumentException("port must be 0 to 65535, got " + port);
        if (maxBodyBytes < 1) throw new IllegalArgumentException("maxBodyBytes must be positive, got " + maxBodyBytes);
        if (maxObservations < 1) throw new IllegalArgumentException("maxObservations must be positive, got " + maxObservations);
    }

    public boolean reloadEnabled() {
        return adminToken != null && !adminToken.isBlank();
    }
}
