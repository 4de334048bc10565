package org.wellbeing.model;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How many years lie between the end of the time period a value measures ("2018/19", "2018-20", "2021")
 * and the start of the reporting period it is reported in ("2022/23"): the quality check on old data
 * reads it. "2018/19" ends in 2019, "2018-20" in 2020, "2020-21" (the town's way of writing a financial
 * year) in 2021.
 */
public final class PeriodAge {
    private static final Pattern YEARS = Pattern.compile("^\\s*(\\d{4})(?:\\s*[-/]\\s*(\\d{2}|\\d{4}))?");

    private PeriodAge() {}

    /** Years from the end of {@code timePeriod} to the start of {@code period}; null when either has no year. */
    public static Integer yearsBefore(String timePeriod, String period) {
        Integer end = endYear(timePeriod);
        Integer start = startYear(period);
        return end == null || start == null ? null : start - end;
    }

    static Integer startYear(String label) {
        Matcher m = label == null ? null : YEARS.matcher(label);
        return m != null && m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    static Integer endYear(String label) {
        Matcher m = label == null ? null : YEARS.matcher(label);
        if (m == null || !m.find()) {
            return null;
        }
        int start = Integer.parseInt(m.group(1));
        if (m.group(2) == null) {
            return start;
        }
        String end = m.group(2);
        int year = end.length() == 4 ? Integer.parseInt(end) : (start / 100) * 100 + Integer.parseInt(end);
        return year < start ? year + 100 : year;
    }

    /**
     * Significant digits of a value as printed, trailing zeros of the fraction dropped but not those of the whole
     * number: 85.4 has 3, 40 has 2, 3.2 has 2, 0.05 has 1.
     */
    public static int significantDigits(double value) {
        java.math.BigDecimal d = java.math.BigDecimal.valueOf(Math.abs(value)).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0).precision() : d.precision();
    }
}
