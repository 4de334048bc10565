package org.wellbeing.audit;

import java.time.Instant;

/** One line of a listing of stored evaluations. */
public record EvaluationSummary(long sequence, String id, Instant createdAt, String ruleSetVersion) {
}
