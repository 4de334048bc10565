package org.wellbeing.io.counts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wellbeing.model.CiMethod;
import org.wellbeing.model.Indicator;
import org.wellbeing.model.Observation;
import org.wellbeing.stats.methods.ConfidenceLevel;
import org.wellbeing.stats.methods.DirectlyStandardisedRates;
import org.wellbeing.stats.methods.Estimate;
import org.wellbeing.stats.methods.FromCounts;
import org.wellbeing.stats.methods.StatisticsException;

/**
 * Where an observation carries a count and denominator but no 95% limits, computes its limits (95% and 99.8%)
 * by its indicator's catalogue {@code ci_method}, before the facts go into a session; the confidence-interval
 * rules then rate it as they rate published limits. The observation's {@code limitsFrom} says that the limits
 * were computed, how and from what; where they could not be (a count above its denominator for a proportion,
 * fewer than 10 events for a DSR), it says why, and the observation keeps no limits.
 *
 * <p>The value's scale comes from the indicator's unit ("%" or "percent": 100; "per 100,000" or
 * "rate_per_100000": 100,000; ...), or failing that from the power of ten the observation's own value is
 * of count / denominator. A value given is kept; a missing one is computed.
 */
public final class LimitsFromCounts {
    private static final List<ConfidenceLevel> LEVELS = ConfidenceLevel.FINGERTIPS;
    private static final Pattern PER = Pattern.compile("per\\s*([0-9]+)");

    /**
     * A value given with counts must agree with them (to 0.5%, plus 0.05 for a value rounded to one decimal),
     * or the limits, which are centred on the counts, would not belong to it.
     */
    static final double VALUE_AGREEMENT = 0.005;
    static final double ROUNDING = 0.05;

    private LimitsFromCounts() {}

    /** Every observation, those that qualify with their limits computed. */
    public static List<Observation> complete(List<Indicator> catalogue, List<Observation> observations) {
        Map<String, Indicator> byId = new HashMap<>();
        catalogue.forEach(i -> byId.put(i.id(), i));
        boolean any = catalogue.stream().anyMatch(i -> i.ciMethod() != null);
        if (!any) return observations;
        List<Observation> completed = new ArrayList<>(observations.size());
        for (Observation o : observations) completed.add(complete(byId.get(o.indicatorId()), o));
        return completed;
    }

    /** The observation with limits computed from its counts where it qualifies, otherwise itself. */
    public static Observation complete(Indicator indicator, Observation o) {
        if (indicator == null || indicator.ciMethod() == null || !indicator.ciMethod().fromCountAndDenominator()
                || o.hasCi95() || o.count() == null || o.denominator() == null) {
            return o;
        }
        CiMethod method = indicator.ciMethod();
        Double multiplier = multiplier(indicator.unit(), o.value(), o.count(), o.denominator());
        String from = "count " + number(o.count()) + " and denominator " + number(o.denominator());
        if (multiplier == null) {
            return o.withComputedLimits(o.value(), null, null, null, null, "limits not computed from " + from
                    + ": the unit '" + indicator.unit() + "' gives no scale and there is no value to take it from");
        }
        Estimate e;
        try {
            e = FromCounts.estimate(method, o.count(), o.denominator(), multiplier, LEVELS);
        } catch (StatisticsException ex) {
            return o.withComputedLimits(o.value(), null, null, null, null,
                    "limits not computed by " + method + " from " + from + ": " + ex.getMessage());
        }
        return withEstimate(o, e, method + " (" + e.method() + ") from " + from + ", per " + number(multiplier));
    }

    /**
     * Directly standardised rates from age-banded counts, for indicators whose {@code ci_method} is DOBSON: each
     * group's DSR gives the limits (and, where missing, the value) of the observation of its area, indicator
     * and period, whole population; where there is no such observation, one is made with the DSR as its value.
     *
     * @throws IllegalArgumentException for an indicator not in the catalogue or not configured DOBSON
     */
    public static List<Observation> withAgeBands(List<Indicator> catalogue, List<Observation> observations,
                                                 List<AgeBandedCounts> counts, String areaName, String fileName) {
        if (counts.isEmpty()) return observations;
        Map<String, Indicator> byId = new HashMap<>();
        catalogue.forEach(i -> byId.put(i.id(), i));
        Map<String, Observation> byKey = new LinkedHashMap<>();
        observations.forEach(o -> byKey.put(o.key(), o));
        for (AgeBandedCounts g : counts) {
            Indicator indicator = byId.get(g.indicatorId());
            String where = fileName + ": line " + (g.firstRow() + 1) + ": ";
            if (indicator == null) throw new IllegalArgumentException(where + "indicator '" + g.indicatorId() + "' is not in the catalogue");
            if (indicator.ciMethod() != CiMethod.DOBSON) {
                throw new IllegalArgumentException(where + "indicator '" + g.indicatorId()
                        + "' has age-banded counts but its ci_method is " + indicator.ciMethod() + ", not DOBSON");
            }
            String key = Observation.keyOf(g.indicatorId(), g.areaCode(), g.period(), "");
            Observation o = byKey.get(key);
            if (o == null) {
                o = new Observation(g.indicatorId(), g.areaCode(), areaName, g.period(), g.period(), "", null,
                        null, null, null, null, null, null, "");
            }
            if (o.hasCi95()) continue;
            Double multiplier = multiplier(indicator.unit(), null, 0.0, 0.0);
            double scale = multiplier == null ? 100_000 : multiplier;
            double events = g.bands().stream().mapToDouble(b -> b.events()).sum();
            String from = g.bands().size() + " age bands with " + number(events) + " events (European Standard Population 2013)";
            Estimate e;
            try {
                e = DirectlyStandardisedRates.of(g.bands(), scale, LEVELS);
            } catch (StatisticsException ex) {
                throw new IllegalArgumentException(where + g.areaCode() + " " + g.indicatorId() + " " + g.period() + ": " + ex.getMessage());
            }
            byKey.put(key, withEstimate(o, e, "DOBSON (" + e.method() + ") from " + from + ", per " + number(scale)));
        }
        return List.copyOf(byKey.values());
    }

    private static Observation withEstimate(Observation o, Estimate e, String how) {
        if (!e.calculated()) {
            return o.withComputedLimits(o.value(), null, null, null, null, "limits not computed by " + how + ": " + e.notCalculated());
        }
        if (o.value() != null && Math.abs(o.value() - e.value()) > VALUE_AGREEMENT * Math.abs(e.value()) + ROUNDING) {
            return o.withComputedLimits(o.value(), null, null, null, null, "limits not computed by " + how + ": the value "
                    + number(o.value()) + " does not match the counts' " + number(round(e.value())));
        }
        ConfidenceLevel p95 = ConfidenceLevel.NINETY_FIVE;
        ConfidenceLevel p998 = ConfidenceLevel.NINETY_NINE_POINT_EIGHT;
        Double lower95 = e.lower(p95);
        Double upper95 = e.upper(p95);
        Double lower998 = e.lower(p998);
        Double upper998 = e.upper(p998);
        // a limit the method does not give (Byar's below 0 for tiny counts) leaves that level without an interval
        if (lower95 == null || upper95 == null) { lower95 = null; upper95 = null; }
        if (lower998 == null || upper998 == null) { lower998 = null; upper998 = null; }
        Double value = o.value() != null ? o.value() : e.value();
        return o.withComputedLimits(value, lower95, upper95, lower998, upper998, "limits computed by " + how);
    }

    /** The scale of an indicator's values: from its unit, else from its value against count / denominator. */
    static Double multiplier(String unit, Double value, Double count, Double denominator) {
        String u = unit == null ? "" : unit.toLowerCase(Locale.ROOT).replace(",", "").replace('_', ' ').strip();
        if (u.equals("%") || u.contains("percent")) return 100.0;
        Matcher m = PER.matcher(u);
        if (m.find()) return Double.valueOf(m.group(1));
        if (u.equals("proportion")) return 1.0;
        if (value != null && value > 0 && count != null && count > 0 && denominator != null && denominator > 0) {
            return Math.pow(10, Math.round(Math.log10(value * denominator / count)));
        }
        return null;
    }

    private static double round(double d) {
        return BigDecimal.valueOf(d).round(new java.math.MathContext(6)).doubleValue();
    }

    private static String number(double d) {
        return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }
}
