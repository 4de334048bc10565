package org.wellbeing.web;

import java.util.List;
import java.util.Map;

/** An HTTP answer other than success, decided in the web layer (auth, content type, body size). */
final class ApiException extends RuntimeException {
    private final int status;
    private final transient List<ApiError.Detail> details;
    private final transient Map<String, String> headers;

    ApiException(int status, String message) {
        this(status, message, List.of(), Map.of());
    }

    ApiException(int status, String message, List<ApiError.Detail> details, Map<String, String> headers) {
        super(message);
        this.status = status;
        this.details = List.copyOf(details);
        this.headers = Map.copyOf(headers);
    }

    int status() { return status; }
    List<ApiError.Detail> details() { return details; }
    Map<String, String> headers() { return headers; }
}
