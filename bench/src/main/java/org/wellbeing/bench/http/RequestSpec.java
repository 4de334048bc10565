package org.wellbeing.bench.http;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One request a load run sends again and again, and the status that counts as success.
 *
 * @param host           host to connect to (and to name in the {@code Host} header)
 * @param port           its port
 * @param method         {@code POST}, {@code GET}, ...
 * @param path           path and query, e.g. {@code /api/evaluations}
 * @param headers        further headers (e.g. {@code Content-Type}, {@code Authorization}); Host, Content-Length
 *                       and Connection are the client's
 * @param body           request body, empty for none
 * @param expectedStatus the status of a successful answer; any other is an error
 */
public record RequestSpec(String host, int port, String method, String path, Map<String, String> headers, byte[] body,
                          int expectedStatus) {

    public RequestSpec {
        headers = Map.copyOf(new LinkedHashMap<>(headers));
        body = body == null ? new byte[0] : body.clone();
        if (port < 1 || port > 65535) throw new IllegalArgumentException("port must be 1 to 65535, got " + port);
    }

    /** {@code POST path} with a JSON body, expecting {@code expectedStatus}. */
    public static RequestSpec postJson(String host, int port, String path, byte[] json, int expectedStatus) {
        return new RequestSpec(host, port, "POST", path,
                Map.of("Content-Type", "application/json", "Accept", "application/json"), json, expectedStatus);
    }

    /** {@code POST path} without a body, with {@code Authorization: Bearer token}, expecting {@code expectedStatus}. */
    public static RequestSpec postWithBearer(String host, int port, String path, String token, int expectedStatus) {
        return new RequestSpec(host, port, "POST", path,
                Map.of("Authorization", "Bearer " + token, "Accept", "application/json"), new byte[0], expectedStatus);
    }

    /**
     * The request for the JDK's HTTP client, built once and sent many times; the client sets Host, Content-Length
     * and keep-alive itself. {@code timeout} makes the client abort an exchange whose answer has not begun by then.
     */
    public HttpRequest httpRequest(Duration timeout) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://" + host + ":" + port + path)).timeout(timeout)
                .method(method, body.length == 0 && !"POST".equals(method) && !"PUT".equals(method)
                        ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(b::header);
        return b.build();
    }

    /** "POST /api/evaluations" */
    public String describe() {
        return method + " " + path;
    }

    /** A copy: the request's bytes stay as they were when the request was made. */
    @Override
    public byte[] body() {
        return body.clone();
    }
}
