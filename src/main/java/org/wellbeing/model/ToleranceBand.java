package org.wellbeing.model;

/**
 * The similar-band in force for one indicator when its confidence interval is unknown: a value within
 * {@code percent} of the benchmark counts as similar. Chosen by value type from a named threshold.
 */
public record ToleranceBand(String indicatorId, double percent, String threshold) {}
