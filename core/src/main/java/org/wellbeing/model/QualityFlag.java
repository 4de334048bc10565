package org.wellbeing.model;

import java.util.List;

/**
 * A data-quality mark on one observation: a flag that came with the data (the town's {@code quality}
 * column, a JSON {@code quality} field, a Fingertips value note or an oddity in an official file) or one
 * the engine's own checks raised (rules/quality/doubtful-data.drl). Rules in rules/quality/ decide what a
 * flag does to ratings, trends and priorities; the flag itself decides nothing.
 *
 * @param comparator the one comparison the flag concerns (a benchmark equal to the area's value), or null
 *                   when it concerns the whole row: the value and every comparison made with it
 * @param code       what is wrong, one of {@link #TOWN_CODES} or an engine check's code
 * @param origin     where the flag comes from: "the data" or "engine check"
 * @param detail     one plain-English sentence saying what was seen, "" when the source says nothing more
 */
public record QualityFlag(String observationKey, String indicatorId, String period, Comparator comparator,
                          String code, String origin, String detail) {

    /** The codes a town's data may carry (see data/luton/README.md). */
    public static final List<String> TOWN_CODES = List.of("suspected-typo", "definition-may-differ",
            "possible-copy-error", "repeats-earlier-period", "period-unclear", "near-duplicate");

    /** Code for an oddity in an official file that is kept as published (a Fingertips value outside its CI). */
    public static final String OFFICIAL_ODDITY = "official-oddity";

    /** Code for a value note in an official file ("Value is modelled or synthetic estimate"). */
    public static final String OFFICIAL_VALUE_NOTE = "official-value-note";

    /** The codes an official file's rows may carry. */
    public static final List<String> OFFICIAL_CODES = List.of(OFFICIAL_ODDITY, OFFICIAL_VALUE_NOTE);

    /** Flags of the whole row that came with the data. */
    public static QualityFlag ofData(Observation o, String code, String detail) {
        return new QualityFlag(o.key(), o.indicatorId(), o.period(), null, code, "the data", detail);
    }

    /** "suspected-typo", or "possible-copy-error (region)" for a flag of one comparison. */
    public String label() {
        return comparator == null ? code : code + " (" + comparator.label() + ")";
    }
}
