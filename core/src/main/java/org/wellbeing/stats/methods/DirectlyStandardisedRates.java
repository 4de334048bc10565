package org.wellbeing.stats.methods;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A directly standardised rate (DSR): the age-specific rates of an area weighted by a standard population,
 * with Dobson's limits (Byar's limits on the total count, scaled by the DSR's variance). Not calculated
 * from fewer than {@link #MINIMUM_EVENTS} events in total, as the reference does: such a DSR is unreliable.
 * Where events can repeat for one person (frequencies given), the variance counts each person's events
 * together and the limits widen.
 */
public final class DirectlyStandardisedRates {
    /** A DSR from fewer events than this is not calculated. */
    public static final double MINIMUM_EVENTS = 10;
    public static final String METHOD = "Dobson";
    public static final String METHOD_NON_INDEPENDENT = "Dobson, with confidence adjusted for non-independent events";

    private DirectlyStandardisedRates() {}

    /** With the European Standard Population 2013. */
    public static Estimate of(List<AgeBandCount> bands, double multiplier, List<ConfidenceLevel> levels) {
        return of(bands, StandardPopulation.ESP_2013, multiplier, levels);
    }

    /**
     * @param bands one per age band, in any order, each matched to the standard's band by its first age; the
     *              standard's weights of the bands given are used (all 19 for all ages, 65-69 to 90+ for 65 and
     *              over), as the reference takes one standard weight per row. A band given twice is refused.
     */
    public static Estimate of(List<AgeBandCount> bands, StandardPopulation standard, double multiplier,
                              List<ConfidenceLevel> levels) {
        Inputs.levels(levels);
        Inputs.multiplier(multiplier);
        boolean nonIndependent = bands.stream().anyMatch(b -> !b.frequencies().isEmpty());
        String method = nonIndependent ? METHOD_NON_INDEPENDENT : METHOD;
        Set<Integer> seen = new HashSet<>();
        double weighted = 0;
        double variance = 0;
        double total = 0;
        for (AgeBandCount b : bands) {
            int firstAge = StandardPopulation.firstAgeOf(b.ageBand());
            if (!seen.add(firstAge)) throw new StatisticsException("age band " + b.ageBand() + " is given twice");
            double weight = standard.weightFrom(firstAge);
            if (b.count() != null) Inputs.count("count in age band " + b.ageBand(), b.count());
            if (b.population() == null) throw new StatisticsException("age band " + b.ageBand() + " has no population");
            Inputs.denominator("population in age band " + b.ageBand(), b.population());
            double events = b.events();
            double share = weight / b.population();
            weighted += events * share;
            total += events;
            if (nonIndependent) {
                for (int i = 0; i < b.frequencies().size(); i++) {
                    Double people = b.frequencies().get(i);
                    if (people != null) Inputs.count("people with " + (i + 1) + " events in age band " + b.ageBand(), people);
                    double f = i + 1;
                    variance += f * f * (people == null ? 0 : people) * share * share;
                }
            } else {
                variance += events * share * share;
            }
        }
        if (bands.isEmpty()) throw new StatisticsException("no age bands");
        if (total < MINIMUM_EVENTS) {
            return Estimate.notCalculated(method, levels, "fewer than " + Inputs.plain(MINIMUM_EVENTS)
                    + " events in total (" + Inputs.plain(total) + "): a DSR is not calculated");
        }
        double sumWeights = 0;
        for (int firstAge : seen) sumWeights += standard.weightFrom(firstAge);
        double dsr = weighted / sumWeights * multiplier;
        double varianceOfDsr = variance / (sumWeights * sumWeights);
        double scale = Math.sqrt(varianceOfDsr / total) * multiplier;
        List<Limits> limits = new ArrayList<>();
        for (ConfidenceLevel level : levels) {
            Double lowerCount = CountLimits.byarsLower(total, level);
            double upperCount = CountLimits.byarsUpper(total, level);
            limits.add(new Limits(level, lowerCount == null ? null : dsr + scale * (lowerCount - total),
                    dsr + scale * (upperCount - total)));
        }
        return new Estimate(dsr, limits, method, null);
    }
}
