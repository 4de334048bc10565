package org.wellbeing.stats;

import org.wellbeing.model.Observation;

/**
 * One time point of a series, as the recent-trend statistics need it. Any number may be missing (null).
 *
 * @param year        the year the period starts in (2019 for 2019 and for 2019/20)
 * @param yearRange   how many years the period covers; the recent trend only uses single-year periods (1)
 * @param value       the indicator value
 * @param lower95     lower 95% confidence limit
 * @param upper95     upper 95% confidence limit
 * @param count       numerator
 * @param denominator denominator; Fingertips treats a denominator of 0 or less as missing
 */
public record TrendPoint(int year, int yearRange, Double value, Double lower95, Double upper95,
                         Double count, Double denominator) {

    /** The divisor that turns a 95% CI width into a standard error: 2 × 1.96. */
    public static final double CI95_WIDTH_IN_STANDARD_ERRORS = 3.92;

    public TrendPoint {
        if (yearRange < 1) throw new IllegalArgumentException("year range must be at least 1, was " + yearRange);
    }

    /** A single-year point. */
    public TrendPoint(int year, Double value, Double lower95, Double upper95, Double count, Double denominator) {
        this(year, 1, value, lower95, upper95, count, denominator);
    }

    /** A single-year point with every number known. */
    public static TrendPoint of(int year, double value, double lower95, double upper95, double count, double denominator) {
        return new TrendPoint(year, 1, value, lower95, upper95, count, denominator);
    }

    /** A single-year point with a value and (possibly null) CIs only, as in the town's short tables. */
    public static TrendPoint ofValue(int year, double value, Double lower95, Double upper95) {
        return new TrendPoint(year, 1, value, lower95, upper95, null, null);
    }

    /** The point of an observation; the caller says which year its period starts in and how many years it covers. */
    public static TrendPoint fromObservation(Observation o, int year, int yearRange) {
        return new TrendPoint(year, yearRange, o.value(), o.lower95(), o.upper95(), o.count(), o.denominator());
    }

    public boolean hasValue() { return known(value); }

    public boolean hasCount() { return known(count); }

    /** Fingertips' rule: a denominator is valid only when it is greater than 0. */
    public boolean hasDenominator() { return known(denominator) && denominator > 0; }

    public boolean hasCi95() { return known(lower95) && known(upper95); }

    /** SE = (upper95 − lower95) / 3.92, null without both limits. */
    public Double standardError() {
        return hasCi95() ? (upper95 - lower95) / CI95_WIDTH_IN_STANDARD_ERRORS : null;
    }

    private static boolean known(Double d) { return d != null && !d.isNaN(); }
}
