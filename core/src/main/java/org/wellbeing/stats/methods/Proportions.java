package org.wellbeing.stats.methods;

import java.util.ArrayList;
import java.util.List;

/** A proportion x of n, times a multiplier (1, or 100 for a percentage), with Wilson score limits. */
public final class Proportions {
    public static final String METHOD = "Wilson score";

    private Proportions() {}

    /**
     * @param x numerator (null: not calculated); must be 0 or more and at most n
     * @param n denominator (null: not calculated); must be above 0
     */
    public static Estimate of(Double x, Double n, double multiplier, List<ConfidenceLevel> levels) {
        Inputs.levels(levels);
        Inputs.multiplier(multiplier);
        if (x == null || n == null) {
            return Estimate.notCalculated(METHOD, levels, x == null ? "no numerator" : "no denominator");
        }
        Inputs.count("numerator", x);
        Inputs.denominator("denominator", n);
        if (x > n) {
            throw new StatisticsException("numerator " + Inputs.plain(x) + " is above its denominator "
                    + Inputs.plain(n) + ": not a proportion");
        }
        List<Limits> limits = new ArrayList<>();
        for (ConfidenceLevel level : levels) {
            limits.add(wilson(x, n, level).times(multiplier));
        }
        return new Estimate(x / n * multiplier, limits, METHOD, null);
    }

    /** Wilson's score limits for x of n, as proportions of 1. */
    public static Limits wilson(double x, double n, ConfidenceLevel level) {
        Inputs.count("numerator", x);
        Inputs.denominator("denominator", n);
        if (x > n) throw new StatisticsException("numerator " + Inputs.plain(x) + " is above its denominator " + Inputs.plain(n));
        double z = level.z();
        double root = z * Math.sqrt(z * z + 4 * x * (1 - x / n));
        double lower = (2 * x + z * z - root) / 2 / (n + z * z);
        double upper = (2 * x + z * z + root) / 2 / (n + z * z);
        return new Limits(level, lower, upper);
    }
}
