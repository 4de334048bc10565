package org.wellbeing.bench.http;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One request through the JDK's HTTP client (java.net.http), waiting at most a deadline for the whole answer.
 * A client per caller, HTTP/1.1: a caller that sends one request at a time holds one kept-alive connection.
 */
final class Exchange {
    private Exchange() {}

    /**
     * What came of one request.
     *
     * @param status    the answer's status, 0 when none came
     * @param bodyBytes body bytes of the answer
     * @param failure   null when the status was the expected one
     * @param message   what went wrong, null when nothing did
     */
    record Attempt(int status, long bodyBytes, ErrorKind failure, String message) {
        boolean ok() {
            return failure == null;
        }
    }

    /** An HTTP/1.1 client of its own: its pool keeps the one connection a sequential caller needs. */
    static HttpClient newClient(Duration connectTimeout) {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(connectTimeout).build();
    }

    /** Sends {@code request} and reads the whole answer, giving up (and abandoning the exchange) after the timeout. */
    static Attempt send(HttpClient client, HttpRequest request, int expectedStatus, long timeoutNanos) {
        CompletableFuture<HttpResponse<byte[]>> answer =
                client.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray());
        try {
            HttpResponse<byte[]> r = answer.get(timeoutNanos, TimeUnit.NANOSECONDS);
            if (r.statusCode() == expectedStatus) {
                return new Attempt(r.statusCode(), r.body().length, null, null);
            }
            return new Attempt(r.statusCode(), r.body().length, ErrorKind.STATUS, describe(r, expectedStatus));
        } catch (TimeoutException e) {
            answer.cancel(true);
            return timeout(timeoutNanos);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            return cause instanceof HttpTimeoutException ? timeout(timeoutNanos)
                    : new Attempt(0, 0, ErrorKind.EXCEPTION, describe(cause));
        } catch (InterruptedException e) {
            answer.cancel(true);
            Thread.currentThread().interrupt();
            return new Attempt(0, 0, ErrorKind.EXCEPTION, "interrupted");
        }
    }

    private static Attempt timeout(long timeoutNanos) {
        return new Attempt(0, 0, ErrorKind.TIMEOUT,
                String.format(java.util.Locale.ROOT, "no complete answer within %.1f s", timeoutNanos / 1e9));
    }

    /** A message for a failed exchange: the status and the start of the answer. */
    private static String describe(HttpResponse<byte[]> answer, int expected) {
        String body = new String(answer.body(), 0, Math.min(answer.body().length, 400),
                java.nio.charset.StandardCharsets.UTF_8).replaceAll("\\s+", " ").trim();
        if (body.length() > 200) body = body.substring(0, 200) + "...";
        return "status " + answer.statusCode() + " (expected " + expected + ")" + (body.isEmpty() ? "" : ": " + body);
    }

    private static String describe(Throwable e) {
        return e.getClass().getName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }
}
