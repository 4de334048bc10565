package org.wellbeing.engine;

/**
 * A comparison that did not end with exactly one outcome: a gap (no rule gave one) or a
 * conflict (several did). {@code where} names the rule files involved, or the observation for a gap.
 */
public record CoverageProblem(String where, String observationKey, String comparator, String message) {
    @Override
    public String toString() {
        return where + ": " + message;
    }
}
