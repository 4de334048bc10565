package org.wellbeing.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.jetty.http.HttpFields;

/**
 * Headers on every answer, page or API: no script, style or frame from elsewhere, no MIME sniffing, never
 * framed by another site (clickjacking), no referrer leaving the site.
 */
final class SecurityHeaders {
    static final Map<String, String> ALL;

    static {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
                + " connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'");
        h.put("X-Content-Type-Options", "nosniff");
        h.put("X-Frame-Options", "DENY");
        h.put("Referrer-Policy", "no-referrer");
        h.put("Cross-Origin-Opener-Policy", "same-origin");
        h.put("Cross-Origin-Resource-Policy", "same-origin");
        ALL = Map.copyOf(h);
    }

    private SecurityHeaders() {}

    static void addTo(HttpFields.Mutable headers) {
        ALL.forEach(headers::put);
    }
}
