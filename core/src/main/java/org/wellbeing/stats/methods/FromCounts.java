package org.wellbeing.stats.methods;

import java.util.List;
import org.wellbeing.model.CiMethod;

/** The value and limits of a count and denominator by an indicator's catalogue method. */
public final class FromCounts {
    private FromCounts() {}

    public static Estimate estimate(CiMethod method, Double count, Double denominator, double multiplier,
                                    List<ConfidenceLevel> levels) {
        return switch (method) {
            case WILSON -> Proportions.of(count, denominator, multiplier, levels);
            case POISSON -> CrudeRates.of(count, denominator, multiplier, levels, CountMethod.EXACT_BELOW_10_BYARS_FROM_10);
            case EXACT_POISSON -> CrudeRates.of(count, denominator, multiplier, levels, CountMethod.EXACT);
            case BYARS -> CrudeRates.of(count, denominator, multiplier, levels, CountMethod.BYARS);
            case DOBSON -> throw new StatisticsException("a directly standardised rate (DOBSON) needs counts by age band, "
                    + "not one count and denominator");
        };
    }
}
