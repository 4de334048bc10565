package org.wellbeing.web;

import io.javalin.config.RoutesConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** {@code GET /api/openapi.json}: the hand-written OpenAPI 3 description in {@code web/openapi.json}. */
final class OpenApiRoutes {
    static final String RESOURCE = "/web/openapi.json";

    private OpenApiRoutes() {}

    static void register(RoutesConfig routes) {
        byte[] document = load();
        routes.get("/api/openapi.json", ctx -> ctx.contentType("application/json").result(document));
    }

    private static byte[] load() {
        try (InputStream in = OpenApiRoutes.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
