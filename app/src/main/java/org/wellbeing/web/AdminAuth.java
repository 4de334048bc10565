package org.wellbeing.web;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Map;

/**
 * Guards administrative endpoints with {@code Authorization: Bearer <token>}. Without a configured token they
 * are switched off (403); a missing or malformed header is 401, a wrong token 403. Tokens are compared as
 * SHA-256 digests with {@link MessageDigest#isEqual}, so the time taken says nothing about the token.
 */
final class AdminAuth {
    private static final String SCHEME = "Bearer ";
    private final byte[] expectedDigest;

    AdminAuth(String token) {
        this.expectedDigest = token == null || token.isBlank() ? null : sha256(token);
    }

    void require(Context ctx) {
        if (expectedDigest == null) {
            throw new ApiException(403, "reloading rules over HTTP is switched off: start the service with "
                    + WebSettings.ADMIN_TOKEN_VARIABLE + " set");
        }
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())
                || header.substring(SCHEME.length()).isBlank()) {
            throw new ApiException(401, "missing credentials: send Authorization: Bearer <token>", List.of(),
                    Map.of("WWW-Authenticate", "Bearer realm=\"wellbeing-admin\""));
        }
        if (!MessageDigest.isEqual(expectedDigest, sha256(header.substring(SCHEME.length()).strip()))) {
            throw new ApiException(403, "the token is not accepted");
        }
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
