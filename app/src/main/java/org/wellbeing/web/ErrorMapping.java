package org.wellbeing.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wellbeing.audit.AuditStoreException;
import org.wellbeing.io.ReadError;
import org.wellbeing.io.ReadException;
import org.wellbeing.io.json.InvalidJsonException;
import org.wellbeing.service.InvalidParameterException;
import org.wellbeing.service.NotFoundException;
import org.wellbeing.service.UnsupportedInputException;

/**
 * Maps every exception to the one error body ({@link ApiError}) and a status: 400 bad input with the field
 * path, 404, 405, 413, 415, and 500 only for faults of the service itself, logged, never with a stack trace
 * in the answer.
 */
final class ErrorMapping {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapping.class);

    private ErrorMapping() {}

    static void register(RoutesConfig routes, long maxBodyBytes) {
        routes.exception(ApiException.class, (e, ctx) -> {
            e.headers().forEach(ctx::header);
            send(ctx, e.status(), new ApiError(e.getMessage(), e.details()));
        });
        routes.exception(InvalidJsonException.class, (e, ctx) -> send(ctx, 400, new ApiError(
                "invalid JSON body: " + count(e.problems().size()),
                e.problems().stream().map(p -> new ApiError.Detail(p.path(), p.message())).toList())));
        routes.exception(ReadException.class, (e, ctx) -> send(ctx, 400, new ApiError(
                "invalid CSV upload: " + count(e.errors().size()),
                e.errors().stream().map(r -> new ApiError.Detail(path(r), r.message())).toList())));
        routes.exception(InvalidParameterException.class, (e, ctx) -> send(ctx, 400, new ApiError(
                "invalid parameter '" + e.parameter() + "'", List.of(new ApiError.Detail(e.parameter(), e.getMessage())))));
        routes.exception(NotFoundException.class, (e, ctx) -> send(ctx, 404, ApiError.of(e.getMessage())));
        routes.exception(UnsupportedInputException.class, (e, ctx) -> send(ctx, 415, ApiError.of(e.getMessage())));
        routes.exception(HttpResponseException.class, (e, ctx) -> {
            String allowed = e.getDetails().get("availableMethods");
            if (e.getStatus() == 405 && allowed != null) {
                ctx.header("Allow", allowed);
            }
            send(ctx, e.getStatus(), ApiError.of(javalinMessage(e, ctx, maxBodyBytes)));
        });
        routes.exception(AuditStoreException.class, (e, ctx) -> {
            LOG.error("audit store failure on {} {}", ctx.method(), ctx.path(), e);
            send(ctx, 500, ApiError.of("the audit store failed; nothing was acknowledged (see the service log)"));
        });
        routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("unexpected failure on {} {}", ctx.method(), ctx.path(), e);
            send(ctx, 500, ApiError.of("internal error (see the service log)"));
        });
    }

    static void send(Context ctx, int status, ApiError body) {
        ctx.status(status).json(body);
    }

    /** Javalin's own refusals (no route, wrong method, body too large) in our words. */
    private static String javalinMessage(HttpResponseException e, Context ctx, long maxBodyBytes) {
        return switch (e.getStatus()) {
            case 404 -> "no such endpoint: " + ctx.method() + " " + ctx.path() + " (GET /api/openapi.json lists them)";
            case 405 -> "method " + ctx.method() + " is not allowed on " + ctx.path()
                    + (e.getDetails().containsKey("availableMethods") ? "; allowed: " + e.getDetails().get("availableMethods") : "");
            case 413 -> Bodies.tooLarge(maxBodyBytes).getMessage();
            default -> e.getMessage();
        };
    }

    /** {@code line 3.value} for a cell, {@code line 3} for a row (header = line 1), {@code header.value} or {@code $} for the file. */
    private static String path(ReadError r) {
        String where = r.line() > 0 ? "line " + r.line() : r.column() != null ? "header" : "$";
        return r.column() == null ? where : where + "." + r.column();
    }

    private static String count(int n) {
        return n + (n == 1 ? " problem" : " problems");
    }
}
