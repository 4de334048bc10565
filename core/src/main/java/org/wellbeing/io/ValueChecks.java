package org.wellbeing.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.wellbeing.model.Indicator;
import org.wellbeing.model.ValueType;

/**
 * Impossible numbers, found where they enter, from the indicator's value type and unit in the catalogue:
 * a percentage outside 0 to 100, a negative value, limit or benchmark where the value type cannot be
 * negative (proportions, rates, counts), a lower limit above its upper limit, a value outside its own
 * confidence interval, a negative count, a denominator of 0 or below, and a count above its denominator for
 * a proportion. Scores (Progress 8), means and ratios may be negative and are only checked for their limits.
 * The town's CSV and JSON bodies refuse a row with any of these; a Fingertips file keeps the row as the
 * official data has it, with a warning.
 */
public final class ValueChecks {

    /** One impossible number: the field as the input names it, and what is wrong. */
    public record Problem(String field, String message) {}

    /**
     * The numbers of one row, by the canonical field names {@code value, lower95, upper95, lower998, upper998,
     * count, denominator} and any benchmarks ({@code england, region, neighbourValue}); nulls are not given.
     */
    public static final class Numbers {
        private final Map<String, Double> byName = new LinkedHashMap<>();

        public Numbers put(String field, Double number) {
            byName.put(field, number);
            return this;
        }

        Double get(String field) {
            return byName.get(field);
        }
    }

    private static final List<String> LIMITS = List.of("lower95", "upper95", "lower998", "upper998");
    private static final List<String> BENCHMARKS = List.of("england", "region", "neighbourValue");

    private ValueChecks() {}

    /**
     * The impossible numbers of one row of {@code indicator}; {@code fieldName} turns a canonical name into the
     * input's own (a CSV column, a JSON field). An indicator the catalogue lacks (null) is not checked.
     */
    public static List<Problem> check(Indicator indicator, Numbers n, UnaryOperator<String> fieldName) {
        List<Problem> problems = new ArrayList<>();
        if (indicator == null) {
            return problems;
        }
        boolean percent = indicator.valueType() == ValueType.PROPORTION && indicator.isPercent();
        boolean nonNegative = switch (indicator.valueType()) {
            case PROPORTION, CRUDE_RATE, DIRECTLY_STANDARDISED_RATE, COUNT -> true;
            default -> false;
        };
        List<String> measured = new ArrayList<>(List.of("value"));
        measured.addAll(LIMITS);
        measured.addAll(BENCHMARKS);
        for (String field : measured) {
            Double x = n.get(field);
            if (x == null) {
                continue;
            }
            if (percent && (x < 0 || x > 100)) {
                problems.add(new Problem(fieldName.apply(field), x + " is not a percentage between 0 and 100 ("
                        + indicator.id() + " is in " + indicator.unit() + ")"));
            } else if (nonNegative && x < 0) {
                problems.add(new Problem(fieldName.apply(field), x + " is negative, and "
                        + indicator.id() + " is a " + typeName(indicator.valueType()) + ", which cannot be"));
            }
        }
        interval(n, "lower95", "upper95", "95%", fieldName, problems);
        interval(n, "lower998", "upper998", "99.8%", fieldName, problems);
        Double count = n.get("count");
        Double denominator = n.get("denominator");
        if (count != null && count < 0) {
            problems.add(new Problem(fieldName.apply("count"), "a count cannot be negative, got " + count));
        }
        if (denominator != null && denominator <= 0) {
            problems.add(new Problem(fieldName.apply("denominator"), "a denominator must be above 0, got " + denominator));
        }
        if (indicator.valueType() == ValueType.PROPORTION && count != null && denominator != null && denominator > 0
                && count > denominator) {
            problems.add(new Problem(fieldName.apply("count"), "count " + count + " is above its denominator "
                    + denominator + ": a proportion cannot be more than the whole"));
        }
        return problems;
    }

    private static void interval(Numbers n, String lowerName, String upperName, String level,
                                 UnaryOperator<String> fieldName, List<Problem> problems) {
        Double lower = n.get(lowerName);
        Double upper = n.get(upperName);
        Double value = n.get("value");
        if (lower == null || upper == null) {
            return;
        }
        if (lower > upper) {
            problems.add(new Problem(fieldName.apply(lowerName), "lower limit " + lower + " is above the upper limit "
                    + upper + " (" + fieldName.apply(upperName) + ")"));
        } else if (value != null && (value < lower || value > upper)) {
            problems.add(new Problem(fieldName.apply("value"), "value " + value + " lies outside its own " + level
                    + " confidence interval " + lower + " to " + upper));
        }
    }

    private static String typeName(ValueType t) {
        return switch (t) {
            case PROPORTION -> "proportion";
            case CRUDE_RATE -> "crude rate";
            case DIRECTLY_STANDARDISED_RATE -> "standardised rate";
            case COUNT -> "count";
            default -> t.name().toLowerCase(java.util.Locale.ROOT);
        };
    }
}
