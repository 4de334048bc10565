package org.wellbeing.web;

import io.javalin.config.RoutesConfig;
import org.wellbeing.audit.VerificationReport;
import org.wellbeing.rules.RuleFiles;
import org.wellbeing.service.InvalidParameterException;
import org.wellbeing.service.Services;
import org.wellbeing.service.VerificationView;

/**
 * {@code GET /api/audit/verify[?head=HASH]}: the audit chain checked end to end (and against a noted head hash),
 * and the stored rule sets against their versions.
 */
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
            // stored rule sets are evidence too: each must hash to the version the chained records name
            ctx.json(VerificationView.of(report.with(services.store().verifyRuleSets(RuleFiles::version))));
        });
    }
}
