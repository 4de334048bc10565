package org.wellbeing.stats.methods;

import org.apache.commons.math3.distribution.GammaDistribution;

/**
 * Confidence limits for an observed count of events taken as Poisson: exact (from the chi-squared,
 * here the equivalent gamma, distribution) and Byar's approximation. Counts may be fractional.
 */
public final class CountLimits {
    /** Absolute accuracy asked of the gamma quantile: far below the 1e-6 relative agreement the reference asks. */
    private static final double QUANTILE_ACCURACY = 1e-14;

    private CountLimits() {}

    /** Exact lower limit: half the chi-squared quantile at (1 - level) / 2 with 2x degrees of freedom; 0 for x = 0. */
    public static double exactLower(double x, ConfidenceLevel level) {
        Inputs.count("count", x);
        if (x == 0) return 0;
        return new GammaDistribution(null, x, 1.0, QUANTILE_ACCURACY).inverseCumulativeProbability(level.lowerTail());
    }

    /** Exact upper limit: half the chi-squared quantile at level + (1 - level) / 2 with 2x + 2 degrees of freedom. */
    public static double exactUpper(double x, ConfidenceLevel level) {
        Inputs.count("count", x);
        return new GammaDistribution(null, x + 1, 1.0, QUANTILE_ACCURACY).inverseCumulativeProbability(level.upperTail());
    }

    /**
     * Byar's lower limit, x (1 - 1/(9x) - z/(3 sqrt x))^3; null where that falls below 0 (very small
     * counts at high levels, and x = 0), as the reference gives no limit there.
     */
    public static Double byarsLower(double x, ConfidenceLevel level) {
        Inputs.count("count", x);
        if (x == 0) return null;
        double lower = x * Math.pow(1 - 1 / (9 * x) - level.z() / (3 * Math.sqrt(x)), 3);
        return lower < 0 ? null : lower;
    }

    /** Byar's upper limit, (x + 1)(1 - 1/(9(x + 1)) + z/(3 sqrt(x + 1)))^3. */
    public static double byarsUpper(double x, ConfidenceLevel level) {
        Inputs.count("count", x);
        double y = x + 1;
        return y * Math.pow(1 - 1 / (9 * y) + level.z() / (3 * Math.sqrt(y)), 3);
    }

    /** Limits for a count by the chosen rule. */
    public static Limits of(double x, ConfidenceLevel level, CountMethod method) {
        return switch (method.forCount(x)) {
            case EXACT -> new Limits(level, exactLower(x, level), exactUpper(x, level));
            case BYARS -> new Limits(level, byarsLower(x, level), byarsUpper(x, level));
            case EXACT_BELOW_10_BYARS_FROM_10 -> throw new IllegalStateException("resolved by forCount");
        };
    }
}
