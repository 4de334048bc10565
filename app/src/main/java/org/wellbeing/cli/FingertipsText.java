package org.wellbeing.cli;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.wellbeing.cli.RateFingertipsCommand.Row;
import org.wellbeing.rules.RuleBase;

/**
 * {@code rate-fingertips} as text for people: a header saying what was rated with what, then per indicator its name
 * and a table with a header row: area, sex, age, category, period, the value rounded for display, and per
 * comparator the engine's outcome beside the file's official label, then the trend. The csv and json formats keep
 * every number exact.
 */
final class FingertipsText {
    private static final String ROW = "  %-10s %-26s %-8s %-12s %-22s %-10s %9s  %-13s %-13s %-13s %-13s %s";

    private FingertipsText() {}

    static String render(String file, String catalogue, RuleBase rules, List<Row> rows) {
        Map<String, List<Row>> byIndicator = new LinkedHashMap<>();
        rows.forEach(r -> byIndicator.computeIfAbsent(r.indicatorId(), k -> new java.util.ArrayList<>()).add(r));
        StringBuilder s = new StringBuilder();
        s.append(String.format("%s: %d rows of %d indicators rated against England and region; rule set %s,"
                + " catalogue %s%n", file, rows.size(), byIndicator.size(), rules.shortVersion(), catalogue));
        s.append("Outcomes are the engine's, with the file's official label in brackets.\n");
        byIndicator.forEach((id, some) -> {
            s.append('\n').append(id).append(' ').append(some.get(0).indicatorName()).append('\n');
            s.append(line("area", "area name", "sex", "age", "category", "period", "value", "england",
                    "(official)", "region", "(official)", "trend"));
            for (Row r : some) {
                String category = r.category().isEmpty() ? "" : r.category();
                s.append(line(r.areaCode(), r.areaName(), r.sex(), r.age(), category, r.period(), display(r.value()),
                        r.englandOutcome(), bracket(r.englandOfficial()), r.regionOutcome(),
                        bracket(r.regionOfficial()),
                        r.trend() + (r.flag().isEmpty() ? "" : "; worsening flag " + r.severity())));
            }
        });
        return s.toString();
    }

    private static String line(Object... cells) {
        return String.format(ROW, cells).stripTrailing() + "\n";
    }

    private static String bracket(String label) {
        return label.isEmpty() ? "" : "(" + label + ")";
    }

    /** One decimal place, as Fingertips shows values; three significant figures below 1; "-" when missing. */
    static String display(Double value) {
        if (value == null) {
            return "-";
        }
        BigDecimal d = BigDecimal.valueOf(value);
        BigDecimal rounded = Math.abs(value) >= 1 ? d.setScale(1, RoundingMode.HALF_UP)
                : d.round(new MathContext(3, RoundingMode.HALF_UP));
        return rounded.toPlainString();
    }
}
