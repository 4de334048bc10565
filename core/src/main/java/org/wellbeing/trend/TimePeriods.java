package org.wellbeing.trend;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the start year and length of a time period label: "2021" (1 year), "2019/20" (a financial or
 * academic year), "2018-20" or "2018 - 20" (3 calendar years pooled). The town writes some financial
 * years as "2020-21"; a hyphenated span of two consecutive years is read as one year for that reason.
 */
public final class TimePeriods {
    private static final Pattern PERIOD =
            Pattern.compile("^\\s*(\\d{4})(?:\\s*([-/])\\s*(\\d{2}|\\d{4}))?");

    /** Start year and number of years a period covers. */
    public record Span(int startYear, int years) {}

    private TimePeriods() {}

    /** The span of a label, or null when it does not start with a year. */
    public static Span parse(String label) {
        if (label == null) {
            return null;
        }
        Matcher m = PERIOD.matcher(label);
        if (!m.find()) {
            return null;
        }
        int start = Integer.parseInt(m.group(1));
        if (m.group(2) == null || m.group(2).equals("/")) {
            return new Span(start, 1);
        }
        String endText = m.group(3);
        int end = endText.length() == 4 ? Integer.parseInt(endText) : (start / 100) * 100 + Integer.parseInt(endText);
        if (end < start) {
            end += 100;
        }
        int years = end - start + 1;
        return new Span(start, years == 2 ? 1 : years);
    }
}
