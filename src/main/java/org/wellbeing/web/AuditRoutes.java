package org.wellbeing.web;

import io.javalin.config.RoutesConfig;
import org.wellbeing.audit.VerificationReport;
import org.wellbeing.service.InvalidParameterException;
import org.wellbeing.service.Services;
import org.wellbeing.service.VerificationView;

/** {@code GET /api/audit/verify[?head=HASH]}: the audit chain checked end to end (and against a noted head hash). */
final class AuditRoutes {
    private AuditRoutes() {}

    static void register(RoutesConfig routes, Services services) {
        routes.get("/api/audit/verify", ctx -> {
            String head = ctx.queryParam("head");
            VerificationReport report;
            if (head == null || head.isBlank()) {
                report = services.store().verify();
            } else {
                try {
                    report = services.store().verify(head.strip());
                } catch (IllegalArgumentException e) {
                    throw new InvalidParameterException("head", e.getMessage());
                }
            }
            ctx.json(VerificationView.of(report));
        });
    }
}
