package org.wellbeing.stats.methods;

import java.util.ArrayList;
import java.util.List;

/** A crude rate: x events in a population of n, times a multiplier (per 1,000, per 100,000, ...). */
public final class CrudeRates {
    private CrudeRates() {}

    /**
     * @param x      events (null: not calculated); 0 or more
     * @param n      population (null: not calculated); above 0. x may exceed n (repeat events).
     * @param method which count limits; the reference's default is {@link CountMethod#EXACT_BELOW_10_BYARS_FROM_10}
     */
    public static Estimate of(Double x, Double n, double multiplier, List<ConfidenceLevel> levels, CountMethod method) {
        Inputs.levels(levels);
        Inputs.multiplier(multiplier);
        if (x == null || n == null) {
            return Estimate.notCalculated(method.label(), levels, x == null ? "no count" : "no denominator");
        }
        Inputs.count("count", x);
        Inputs.denominator("denominator", n);
        List<Limits> limits = new ArrayList<>();
        for (ConfidenceLevel level : levels) {
            limits.add(CountLimits.of(x, level, method).times(multiplier / n));
        }
        return new Estimate(x / n * multiplier, limits, method.forCount(x).label(), null);
    }
}
