package org.wellbeing.stats.methods;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * A two-sided confidence level strictly between 0 and 1, e.g. 0.95; each tail holds (1 - level) / 2.
 * Fingertips shows 95% and 99.8% limits; any level works.
 */
public record ConfidenceLevel(double level) {

    public static final ConfidenceLevel NINETY_FIVE = new ConfidenceLevel(0.95);
    public static final ConfidenceLevel NINETY_NINE_POINT_EIGHT = new ConfidenceLevel(0.998);
    /** The levels Fingertips publishes. */
    public static final List<ConfidenceLevel> FINGERTIPS = List.of(NINETY_FIVE, NINETY_NINE_POINT_EIGHT);

    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution();

    public ConfidenceLevel {
        if (!(level > 0 && level < 1)) {
            throw new StatisticsException("confidence level must be above 0% and below 100%, got " + level);
        }
    }

    /** "95", "99.8", "95%" (percent) or "0.95" (a fraction). */
    public static ConfidenceLevel parse(String text) {
        String t = text.strip();
        if (t.endsWith("%")) t = t.substring(0, t.length() - 1).strip();
        double d;
        try {
            d = Double.parseDouble(t);
        } catch (NumberFormatException e) {
            throw new StatisticsException("confidence level '" + text + "' is not a number (use e.g. 95 or 99.8)");
        }
        double level = d >= 1 ? d / 100 : d;
        if (!(level > 0 && level < 1)) {
            throw new StatisticsException("confidence level '" + text + "' must be above 0% and below 100%");
        }
        return new ConfidenceLevel(level);
    }

    /** A comma-separated list, e.g. "95,99.8". */
    public static List<ConfidenceLevel> parseList(String text) {
        return Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .map(ConfidenceLevel::parse).toList();
    }

    /** The probability below the upper limit: level + (1 - level) / 2. */
    public double upperTail() {
        return level + (1 - level) / 2;
    }

    /** The probability below the lower limit: (1 - level) / 2. */
    public double lowerTail() {
        return (1 - level) / 2;
    }

    /** The standard normal quantile of the upper tail (1.959964 for 95%). */
    public double z() {
        return STANDARD_NORMAL.inverseCumulativeProbability(upperTail());
    }

    /** "95%", "99.8%". */
    public String label() {
        return percent() + "%";
    }

    /** "95", "99.8": the level in percent as plain text, for column names. */
    public String percent() {
        return BigDecimal.valueOf(level).movePointRight(2).stripTrailingZeros().toPlainString();
    }
}
