package org.wellbeing.model;

/**
 * A goal with two cut points in the indicator's unit. For HIGH_IS_GOOD: below lower is RED,
 * lower up to (not including) upper is AMBER, upper and over is GREEN; mirrored for LOW_IS_GOOD.
 */
public record Goal(double lower, double upper) {
    public Goal {
        if (lower > upper) throw new IllegalArgumentException("goal lower " + lower + " is above upper " + upper);
    }
}
