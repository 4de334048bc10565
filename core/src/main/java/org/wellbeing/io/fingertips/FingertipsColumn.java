package org.wellbeing.io.fingertips;

import java.util.List;
import java.util.Locale;

/**
 * The columns of a Fingertips "all data" CSV that the reader knows, matched by name whatever the
 * layout: the 26-column download, the 27-column one ("Column not used", "Time period range") and
 * copies whose headers were rewritten with underscores or without spaces. A header matches when its
 * {@link #normalise normalised} form equals one of the column's.
 */
public enum FingertipsColumn {
    INDICATOR_ID("Indicator ID", true),
    INDICATOR_NAME("Indicator Name", false),
    PARENT_CODE("Parent Code", true),
    PARENT_NAME("Parent Name", false),
    AREA_CODE("Area Code", true),
    AREA_NAME("Area Name", true),
    AREA_TYPE("Area Type", false),
    SEX("Sex", true),
    AGE("Age", true),
    CATEGORY_TYPE("Category Type", true),
    CATEGORY("Category", true),
    TIME_PERIOD("Time period", true),
    VALUE("Value", true),
    LOWER_CI_95("Lower CI 95.0 limit", true),
    UPPER_CI_95("Upper CI 95.0 limit", true),
    LOWER_CI_99_8("Lower CI 99.8 limit", false),
    UPPER_CI_99_8("Upper CI 99.8 limit", false),
    COUNT("Count", false),
    DENOMINATOR("Denominator", false),
    VALUE_NOTE("Value note", false),
    RECENT_TREND("Recent Trend", false),
    COMPARED_TO_ENGLAND("Compared to England value or percentiles", false),
    COMPARED_TO_REGION("Compared to Region value or percentiles", false),
    TIME_PERIOD_SORTABLE("Time period Sortable", false),
    NEW_DATA("New data", false),
    COMPARED_TO_GOAL("Compared to goal", false),
    TIME_PERIOD_RANGE("Time period range", false);

    private final String header;
    private final boolean required;

    FingertipsColumn(String header, boolean required) {
        this.header = header;
        this.required = required;
    }

    /** The header as Fingertips writes it in the 26-column download. */
    public String header() { return header; }

    /** Whether a file without this column is refused. */
    public boolean required() { return required; }

    /** The normalised names this column is known by. */
    public List<String> keys() { return List.of(normalise(header)); }

    public static List<FingertipsColumn> requiredColumns() {
        return java.util.Arrays.stream(values()).filter(FingertipsColumn::required).toList();
    }

    /**
     * Lower case without spaces, underscores, hyphens or a byte-order mark:
     * "Lower CI 95.0 limit" and "Lower_CI_95.0_limit" both become "lowerci95.0limit".
     */
    public static String normalise(String header) {
        return header.replace("\uFEFF", "").toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]", "");
    }
}
