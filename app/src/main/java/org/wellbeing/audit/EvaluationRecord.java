package org.wellbeing.audit;

import java.time.Instant;
import java.util.Objects;

/**
 * One evaluation as handed to the audit store.
 *
 * @param id             unique id, e.g. a UUID
 * @param createdAt      when the evaluation ran
 * @param ruleSetVersion hex hash of the rule set in force (stored lowercase)
 * @param inputDigest    hex SHA-256 of the inputs, 64 digits (stored lowercase)
 * @param payloadJson    results and trace as one JSON value, stored and hashed exactly as given
 */
public record EvaluationRecord(String id, Instant createdAt, String ruleSetVersion, String inputDigest,
                               String payloadJson) {

    /** Checks every field; hex fields are lower-cased. */
    public EvaluationRecord {
        Checks.text("id", id);
        if (id.isBlank() || !id.strip().equals(id)) {
            throw new IllegalArgumentException("id must be non-blank without surrounding spaces, got '" + id + "'");
        }
        Objects.requireNonNull(createdAt, "createdAt");
        ruleSetVersion = Checks.hex("ruleSetVersion", ruleSetVersion, 0);
        inputDigest = Checks.hex("inputDigest", inputDigest, 64);
        Checks.text("payloadJson", payloadJson);
    }
}
