package org.wellbeing.stats.methods;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.distribution.TDistribution;

/** The mean of a set of values with Student's t limits (n - 1 degrees of freedom). */
public final class Means {
    public static final String METHOD = "Student's t";
    private static final double QUANTILE_ACCURACY = 1e-14;

    private Means() {}

    /** Null values are left out; fewer than 2 values give no limits (no spread to measure). */
    public static Estimate of(List<Double> values, List<ConfidenceLevel> levels) {
        Inputs.levels(levels);
        List<Double> present = values.stream().filter(v -> v != null).toList();
        for (Double v : present) {
            if (v.isNaN() || v.isInfinite()) throw new StatisticsException("value must be a number, got " + v);
        }
        int n = present.size();
        if (n < 2) {
            return Estimate.notCalculated(METHOD, levels, n == 0 ? "no values" : "one value: no spread to measure");
        }
        double mean = present.stream().mapToDouble(Double::doubleValue).sum() / n;
        double squares = 0;
        for (double v : present) squares += (v - mean) * (v - mean);
        double standardError = Math.sqrt(squares / (n - 1)) / Math.sqrt(n);
        TDistribution t = new TDistribution(null, n - 1, QUANTILE_ACCURACY);
        List<Limits> limits = new ArrayList<>();
        for (ConfidenceLevel level : levels) {
            double half = t.inverseCumulativeProbability(level.upperTail()) * standardError;
            limits.add(new Limits(level, mean - half, mean + half));
        }
        return new Estimate(mean, limits, METHOD, null);
    }
}
