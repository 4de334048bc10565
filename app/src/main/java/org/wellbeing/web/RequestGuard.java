package org.wellbeing.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.Scheduler;
import org.wellbeing.io.Json;

/**
 * Everything decided about a request before the app sees it, in Jetty's own handler chain so that it covers the
 * API and the dashboard's files alike:
 * <ul>
 *   <li>the security headers on every answer;</li>
 *   <li>when bound to loopback, only a loopback {@code Host} is served (a foreign one is DNS rebinding): 421;</li>
 *   <li>method-override headers are dropped, so a GET stays a GET;</li>
 *   <li>a state-changing request must come from the same origin (403 otherwise), carry JSON or CSV if it
 *       carries a type at all (415: HTML forms cannot send either), and is refused on a read-only service (503);</li>
 *   <li>a request body is read without holding a thread, must arrive within the body read timeout (408) and
 *       within the size limit (413), and bodies in memory together stay within a budget (503).</li>
 * </ul>
 */
final class RequestGuard extends Handler.Wrapper {
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private static final Set<String> OVERRIDE_HEADERS = Set.of("x-http-method-override", "x-http-method",
            "x-method-override");
    private static final Set<String> BODY_TYPES = Set.of(Bodies.JSON, Bodies.CSV);

    private final boolean loopbackOnly;
    private final long maxBodyBytes;
    private final Safeguards safeguards;
    private final AtomicLong buffered = new AtomicLong();

    RequestGuard(String boundHost, long maxBodyBytes, Safeguards safeguards) {
        this.loopbackOnly = isLoopback(boundHost);
        this.maxBodyBytes = maxBodyBytes;
        this.safeguards = safeguards;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        SecurityHeaders.addTo(response.getHeaders());
        String refusal = refusal(request);
        if (refusal != null) {
            int status = Integer.parseInt(refusal.substring(0, 3));
            // its body, if any, is not read: the connection cannot carry another request
            sendError(response, callback, status, refusal.substring(4), true);
            return true;
        }
        Request clean = new Cleaned(request);
        if (!hasBody(request)) {
            return super.handle(clean, response, callback);
        }
        new BodyReader(clean, response, callback).start();
        return true;
    }

    /** "STATUS message" when the request is refused before its body is read, else null. */
    private String refusal(Request request) {
        HttpFields headers = request.getHeaders();
        String host = headers.get(HttpHeader.HOST);
        if (loopbackOnly && host != null && !isLoopback(hostName(host))) {
            return "421 this service is bound to this machine only and does not serve Host '" + host
                    + "' (use localhost or 127.0.0.1)";
        }
        String method = request.getMethod().toUpperCase(Locale.ROOT);
        if (SAFE_METHODS.contains(method)) {
            return null;
        }
        String origin = headers.get(HttpHeader.ORIGIN);
        if (origin != null && (host == null || !sameOrigin(origin, host))) {
            return "403 cross-site request refused: Origin '" + origin + "' is not this service";
        }
        String type = headers.get(HttpHeader.CONTENT_TYPE);
        if (type != null && !BODY_TYPES.contains(Bodies.mediaType(type))) {
            return "415 unsupported Content-Type '" + Bodies.mediaType(type) + "': send " + Bodies.JSON + " or "
                    + Bodies.CSV;
        }
        if (safeguards.readOnly() != null) {
            return "503 this service is read-only for investigation: " + safeguards.readOnly();
        }
        long declared = headers.getLongField(HttpHeader.CONTENT_LENGTH);
        if (declared > maxBodyBytes) {
            return "413 " + Bodies.tooLarge(maxBodyBytes).getMessage();
        }
        return null;
    }

    private static boolean hasBody(Request request) {
        HttpFields headers = request.getHeaders();
        return headers.getLongField(HttpHeader.CONTENT_LENGTH) > 0 || headers.contains(HttpHeader.TRANSFER_ENCODING);
    }

    /**
     * Reads a body chunk by chunk as it arrives (Jetty calls back on demand; no thread waits for a slow client),
     * then hands the request on with the body in memory.
     */
    private final class BodyReader implements Runnable {
        private final Request request;
        private final Response response;
        private final Callback callback;
        private final AtomicBoolean finished = new AtomicBoolean();
        private final ByteArrayOutputStream body = new ByteArrayOutputStream();
        private long reserved;
        private Scheduler.Task deadline;

        BodyReader(Request request, Response response, Callback callback) {
            this.request = request;
            this.response = response;
            this.callback = callback;
        }

        void start() {
            deadline = request.getComponents().getScheduler().schedule(() -> refuse(408,
                    "the request body did not arrive within " + safeguards.bodyReadTimeout().toSeconds()
                            + " s; send it at once"), safeguards.bodyReadTimeout().toMillis(), TimeUnit.MILLISECONDS);
            run();
        }

        @Override
        public void run() {
            while (!finished.get()) {
                Content.Chunk chunk = request.read();
                if (chunk == null) {
                    request.demand(this);
                    return;
                }
                if (Content.Chunk.isFailure(chunk)) {
                    Throwable failure = chunk.getFailure();
                    refuse(400, "the request body could not be read"
                            + (failure.getMessage() == null ? "" : ": " + failure.getMessage()));
                    return;
                }
                try {
                    ByteBuffer bytes = chunk.getByteBuffer();
                    int n = bytes.remaining();
                    if (body.size() + (long) n > maxBodyBytes) {
                        refuse(413, Bodies.tooLarge(maxBodyBytes).getMessage());
                        return;
                    }
                    if (buffered.addAndGet(n) > safeguards.bodyBufferBudget()) {
                        buffered.addAndGet(-n);
                        refuse(503, "the service is holding too many request bodies at once; retry shortly");
                        return;
                    }
                    reserved += n;
                    byte[] copy = new byte[n];
                    bytes.get(copy);
                    body.write(copy, 0, n);
                } finally {
                    chunk.release();
                }
                if (chunk.isLast()) {
                    complete();
                    return;
                }
            }
        }

        private void complete() {
            if (!finished.compareAndSet(false, true)) {
                return;
            }
            deadline.cancel();
            Callback releasing = Callback.from(callback, this::release);
            try {
                if (!RequestGuard.super.handle(new Buffered(request, body.toByteArray()), response, releasing)) {
                    sendError(response, releasing, 404, "no such endpoint", false);
                }
            } catch (Throwable e) {
                releasing.failed(e);
            }
        }

        private void refuse(int status, String message) {
            if (!finished.compareAndSet(false, true)) {
                return;
            }
            deadline.cancel();
            release();
            sendError(response, callback, status, message, true);
        }

        private void release() {
            buffered.addAndGet(-reserved);
            reserved = 0;
        }
    }

    /** The request without method-override headers. */
    private static class Cleaned extends Request.Wrapper {
        private final HttpFields headers;

        Cleaned(Request request) {
            super(request);
            HttpFields original = request.getHeaders();
            boolean any = original.stream().anyMatch(f -> OVERRIDE_HEADERS.contains(f.getLowerCaseName()));
            if (any) {
                HttpFields.Mutable kept = HttpFields.build(original);
                OVERRIDE_HEADERS.forEach(kept::remove);
                this.headers = kept.asImmutable();
            } else {
                this.headers = original;
            }
        }

        @Override
        public HttpFields getHeaders() {
            return headers;
        }
    }

    /** A request whose whole body is already in memory. */
    private static final class Buffered extends Request.Wrapper {
        private Content.Chunk next;

        Buffered(Request request, byte[] body) {
            super(request);
            this.next = Content.Chunk.from(ByteBuffer.wrap(body), true);
        }

        @Override
        public synchronized Content.Chunk read() {
            Content.Chunk chunk = next;
            next = Content.Chunk.EOF;
            return chunk;
        }

        @Override
        public void demand(Runnable demandCallback) {
            demandCallback.run();
        }
    }

    /** Answers with the JSON error shape; {@code close} ends the connection (its body was not, or not all, read). */
    static void sendError(Response response, Callback callback, int status, String message, boolean close) {
        if (response.isCommitted()) {
            callback.failed(new IllegalStateException("answer already committed, cannot send " + status));
            return;
        }
        response.setStatus(status);
        HttpFields.Mutable headers = response.getHeaders();
        headers.put(HttpHeader.CONTENT_TYPE, "application/json");
        SecurityHeaders.addTo(headers);
        if (close) {
            headers.put(HttpHeader.CONNECTION, "close");
        }
        response.write(true, ByteBuffer.wrap(errorJson(message)), callback);
    }

    static byte[] errorJson(String message) {
        try {
            return Json.MAPPER.writeValueAsBytes(ApiError.of(message));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an error message is always serialisable", e);
        }
    }

    private static boolean sameOrigin(String origin, String host) {
        try {
            URI uri = new URI(origin);
            if (uri.getHost() == null) {
                return false;
            }
            String originHost = uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
            return originHost.equalsIgnoreCase(host) || (uri.getPort() < 0 && hostName(host).equalsIgnoreCase(uri.getHost())
                    && defaultPort(host, uri.getScheme()));
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static boolean defaultPort(String host, String scheme) {
        int colon = host.lastIndexOf(':');
        if (colon < 0 || host.endsWith("]")) {
            return true;
        }
        String port = host.substring(colon + 1);
        return ("http".equals(scheme) && port.equals("80")) || ("https".equals(scheme) && port.equals("443"));
    }

    /** The host of a Host header value, without port or IPv6 brackets. */
    static String hostName(String host) {
        String h = host.strip();
        if (h.startsWith("[")) {
            int end = h.indexOf(']');
            return end < 0 ? h : h.substring(1, end);
        }
        int colon = h.indexOf(':');
        return colon < 0 ? h : h.substring(0, colon);
    }

    static boolean isLoopback(String host) {
        if (host == null) {
            return false;
        }
        String h = host.toLowerCase(Locale.ROOT);
        if (h.equals("localhost") || h.endsWith(".localhost")) {
            return true;
        }
        if (!h.matches("[0-9.]+|[0-9a-f:]+")) {
            return false; // a name: never resolved here (DNS rebinding is exactly a name that resolves to 127.0.0.1)
        }
        try {
            return InetAddress.getByName(h).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
