package org.wellbeing.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.wellbeing.io.fingertips.FingertipsRow;
import org.wellbeing.model.CiMethod;
import org.wellbeing.stats.methods.FromCounts;
import org.wellbeing.stats.methods.ConfidenceLevel;
import org.wellbeing.stats.methods.Estimate;
import org.wellbeing.stats.methods.StatisticsException;

/**
 * How many of a Fingertips download's own 95% limits each count method reproduces, per indicator: a
 * report, not a target, as downloads mix methods. Rows with a value, Count, Denominator above 0 and both
 * 95% limits are checked; a row agrees when both limits agree to {@link #TOLERANCE} relative (SOURCES.md's
 * rule). The multiplier is the indicator's: the power of ten that most of its rows' value / (count / denominator) rounds to.
 */
public final class CiCheck {
    public static final double TOLERANCE = 1e-6;
    /** A looser agreement, also reported: limits within 0.1%. */
    public static final double NEAR = 1e-3;

    private CiCheck() {}

    /** One method's agreement on one indicator's rows. */
    public record MethodCount(CiMethod method, int matched, int near, int refused) {}

    /** One indicator: its rows checked, multiplier, and each method's agreement. */
    public record IndicatorCheck(String indicatorId, String name, int rows, double multiplier, List<MethodCount> methods,
                                 int byAnyMethod) {}

    public static List<IndicatorCheck> run(List<FingertipsRow> rows) {
        Map<String, List<FingertipsRow>> byIndicator = new LinkedHashMap<>();
        for (FingertipsRow r : rows) {
            if (r.value() != null && r.count() != null && r.denominator() != null && r.denominator() > 0
                    && r.lower95() != null && r.upper95() != null) {
                byIndicator.computeIfAbsent(r.indicatorId(), k -> new ArrayList<>()).add(r);
            }
        }
        List<IndicatorCheck> checks = new ArrayList<>();
        for (List<FingertipsRow> group : byIndicator.values()) {
            double multiplier = multiplier(group);
            List<MethodCount> counts = new ArrayList<>();
            java.util.Set<FingertipsRow> reproduced = new java.util.HashSet<>();
            for (CiMethod m : CiMethod.values()) {
                if (!m.fromCountAndDenominator()) continue;
                int matched = 0;
                int near = 0;
                int refused = 0;
                for (FingertipsRow r : group) {
                    Estimate e;
                    try {
                        e = FromCounts.estimate(m, r.count(), r.denominator(), multiplier, List.of(ConfidenceLevel.NINETY_FIVE));
                    } catch (StatisticsException ex) {
                        refused++;
                        continue;
                    }
                    Double lower = e.lower(ConfidenceLevel.NINETY_FIVE);
                    Double upper = e.upper(ConfidenceLevel.NINETY_FIVE);
                    if (within(r.lower95(), lower, TOLERANCE) && within(r.upper95(), upper, TOLERANCE)) {
                        matched++;
                        reproduced.add(r);
                    }
                    if (within(r.lower95(), lower, NEAR) && within(r.upper95(), upper, NEAR)) near++;
                }
                counts.add(new MethodCount(m, matched, near, refused));
            }
            FingertipsRow first = group.get(0);
            checks.add(new IndicatorCheck(first.indicatorId(), first.indicatorName().strip(), group.size(), multiplier, counts,
                    reproduced.size()));
        }
        return checks;
    }

    private static boolean within(double expected, Double got, double tolerance) {
        if (got == null) return false;
        return expected == got || Math.abs(got - expected) <= tolerance * Math.abs(expected);
    }

    /** The power of ten most rows' value / (count / denominator) rounds to; 1 where no row says. */
    static double multiplier(List<FingertipsRow> rows) {
        Map<Integer, Integer> votes = new TreeMap<>();
        for (FingertipsRow r : rows) {
            if (r.count() > 0 && r.value() > 0) {
                int power = (int) Math.round(Math.log10(r.value() * r.denominator() / r.count()));
                votes.merge(power, 1, Integer::sum);
            }
        }
        int best = votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(0);
        return Math.pow(10, best);
    }
}
