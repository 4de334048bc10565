package org.wellbeing.web;

import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own refusals (a request it cannot parse: bad URI, bare CR or LF, conflicting Content-Length and
 * Transfer-Encoding, an HTTP/0.9 request line, a URI or headers too long, an unknown HTTP version) answered in
 * the service's JSON error shape with the security headers, never as Jetty's HTML page, never with a stack trace.
 */
final class JsonErrorHandler extends ErrorHandler {

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, "application/json");
        SecurityHeaders.addTo(fields);
        return ByteBuffer.wrap(RequestGuard.errorJson(message(status, reason)));
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        Object attribute = request.getAttribute(ERROR_STATUS);
        int status = attribute instanceof Integer s ? s : response.getStatus() >= 400 ? response.getStatus() : 500;
        Object reason = request.getAttribute(ERROR_MESSAGE);
        RequestGuard.sendError(response, callback, status, message(status, reason == null ? null : reason.toString()),
                false);
        return true;
    }

    static String message(int status, String reason) {
        String what = switch (status) {
            case 400 -> "bad request: the request could not be parsed as HTTP/1.1";
            case 408 -> "request timed out";
            case 413 -> "request too large";
            case 414 -> "request URI too long";
            case 431 -> "request headers too large";
            case 505 -> "HTTP version not supported: use HTTP/1.1";
            default -> HttpStatus.getMessage(status).toLowerCase(java.util.Locale.ROOT);
        };
        return reason == null || reason.isBlank() || reason.equalsIgnoreCase(HttpStatus.getMessage(status))
                ? what : what + " (" + reason + ")";
    }
}
