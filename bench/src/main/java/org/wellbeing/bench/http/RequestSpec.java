package org.wellbeing.bench.http;

import java.nio.charset.StandardCharsets;
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
 *                       and Connection are set here
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

    /** The request as it goes on the wire: HTTP/1.1 head (keep-alive) and body, made once and sent many times. */
    public byte[] wire() {
        StringBuilder head = new StringBuilder(256);
        head.append(method).append(' ').append(path).append(" HTTP/1.1\r\n");
        head.append("Host: ").append(host).append(':').append(port).append("\r\n");
        headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        if (body.length > 0 || "POST".equals(method) || "PUT".equals(method)) {
            head.append("Content-Length: ").append(body.length).append("\r\n");
        }
        head.append("Connection: keep-alive\r\n\r\n");
        byte[] h = head.toString().getBytes(StandardCharsets.ISO_8859_1);
        byte[] all = new byte[h.length + body.length];
        System.arraycopy(h, 0, all, 0, h.length);
        System.arraycopy(body, 0, all, h.length, body.length);
        return all;
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
