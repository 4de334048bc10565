package org.wellbeing.stats.methods;

/** Confidence limits at one level; either limit may be null where the method gives none (e.g. Byar's below 0). */
public record Limits(ConfidenceLevel level, Double lower, Double upper) {

    /** Both limits scaled by {@code factor} (a multiplier such as 100 or 100,000). */
    Limits times(double factor) {
        return new Limits(level, lower == null ? null : lower * factor, upper == null ? null : upper * factor);
    }
}
