package org.wellbeing.stats.methods;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Indirect standardisation: the events expected in an area if the reference's age-specific rates applied
 * to its population, and the observed against them, as a ratio (an SMR, times 1 or 100) or as a rate
 * (the ratio times the reference's crude rate). Limits on the observed count, exact below 10 events and
 * Byar's from 10, divided by the expected.
 */
public final class IndirectlyStandardised {
    private IndirectlyStandardised() {}

    /** Observed and expected events, and the reference's crude rate per 1. */
    public record Standardisation(double observed, double expected, double referenceRate) {}

    /**
     * Observed, expected and the reference rate. Area bands are matched to reference bands by first age;
     * an area band with no population and no count is left out (it adds nothing), one with events but no
     * population is refused, as is an area band the reference lacks.
     */
    public static Standardisation standardise(List<AgeBandCount> bands, List<ReferenceBand> reference) {
        if (reference.isEmpty()) throw new StatisticsException("no reference age bands");
        Map<Integer, ReferenceBand> byAge = new HashMap<>();
        double refCount = 0;
        double refPopulation = 0;
        for (ReferenceBand r : reference) {
            if (byAge.put(StandardPopulation.firstAgeOf(r.ageBand()), r) != null) {
                throw new StatisticsException("reference age band " + r.ageBand() + " is given twice");
            }
            refCount += r.count();
            refPopulation += r.population();
        }
        double observed = 0;
        double expected = 0;
        for (AgeBandCount b : bands) {
            ReferenceBand r = byAge.get(StandardPopulation.firstAgeOf(b.ageBand()));
            if (r == null) throw new StatisticsException("age band " + b.ageBand() + " is not in the reference");
            double events = b.events();
            Inputs.count("count in age band " + b.ageBand(), events);
            if (b.population() == null) {
                if (events > 0) throw new StatisticsException("age band " + b.ageBand() + " has events but no population");
                continue;
            }
            Inputs.count("population in age band " + b.ageBand(), b.population());
            observed += events;
            expected += b.population() * r.rate();
        }
        return new Standardisation(observed, expected, refCount / refPopulation);
    }

    /** The indirectly standardised rate, times the multiplier (per 100,000, ...). */
    public static Estimate rate(List<AgeBandCount> bands, List<ReferenceBand> reference, double multiplier,
                                List<ConfidenceLevel> levels) {
        Standardisation s = standardise(bands, reference);
        return scaled(s, s.referenceRate() * multiplier, multiplier, levels);
    }

    /** The standardised ratio observed / expected, times the multiplier (1, or 100 as Fingertips shows SMRs). */
    public static Estimate ratio(List<AgeBandCount> bands, List<ReferenceBand> reference, double multiplier,
                                 List<ConfidenceLevel> levels) {
        return scaled(standardise(bands, reference), multiplier, multiplier, levels);
    }

    private static Estimate scaled(Standardisation s, double factor, double multiplier, List<ConfidenceLevel> levels) {
        Inputs.levels(levels);
        Inputs.multiplier(multiplier);
        CountMethod method = CountMethod.EXACT_BELOW_10_BYARS_FROM_10;
        if (!(s.expected() > 0)) {
            return Estimate.notCalculated(method.label(), levels, "no events expected: the reference rates give 0");
        }
        List<Limits> limits = new ArrayList<>();
        for (ConfidenceLevel level : levels) {
            limits.add(CountLimits.of(s.observed(), level, method).times(factor / s.expected()));
        }
        return new Estimate(s.observed() / s.expected() * factor, limits, method.forCount(s.observed()).label(), null);
    }
}
