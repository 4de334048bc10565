package org.wellbeing.service;

import org.wellbeing.rules.RuleBase;

/**
 * Whether the service is up, and on which rules.
 *
 * @param auditRecords how many evaluations the audit store holds (its chain head's sequence)
 */
public record HealthView(String status, String ruleSetVersion, String rulesLoadedAt, int rules, long auditRecords) {

    public static HealthView of(RuleBase live, long auditRecords) {
        return new HealthView("ok", live.version(), live.loadedAt().toString(), live.rules().size(), auditRecords);
    }
}
