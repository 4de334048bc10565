package org.wellbeing.model;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
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

    /**
     * Years of the labels seen, by label: the rules ask for every observation, from a handful of distinct labels,
     * and a regular expression per question was a tenth of a batch's time. Bounded: emptied when it holds more
     * than {@link #REMEMBERED} labels, so labels from many requests cannot grow it.
     */
    private static final int REMEMBERED = 4096;
    private static final Map<String, Optional<Integer>> STARTS = new ConcurrentHashMap<>();
    private static final Map<String, Optional<Integer>> ENDS = new ConcurrentHashMap<>();

    static Integer startYear(String label) {
        return label == null ? null : remembered(STARTS, label, PeriodAge::parseStartYear);
    }

    static Integer endYear(String label) {
        return label == null ? null : remembered(ENDS, label, PeriodAge::parseEndYear);
    }

    private static Integer remembered(Map<String, Optional<Integer>> years, String label, Function<String, Integer> parse) {
        Optional<Integer> known = years.get(label);
        if (known == null) {
            if (years.size() >= REMEMBERED) {
                years.clear();
            }
            known = Optional.ofNullable(parse.apply(label));
            years.put(label, known);
        }
        return known.orElse(null);
    }

    private static Integer parseStartYear(String label) {
        Matcher m = YEARS.matcher(label);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    private static Integer parseEndYear(String label) {
        Matcher m = YEARS.matcher(label);
        if (!m.find()) {
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
