package org.wellbeing.model;

import java.util.List;

/**
 * A catalogue entry: what an indicator measures and how it is judged.
 *
 * @param polaritySource one line saying where the polarity comes from, or why it was chosen
 * @param goal null where the indicator has no goal
 * @param similarBandAbsolute the similar-band in the indicator's own unit (0.1 for a Progress 8 score), for
 *                            scores centred on zero and values rounded too coarsely for a band in percent
 *                            of the benchmark; null where the band by value type applies
 * @param ciMethod how confidence limits are computed from a count and denominator given without limits
 *                 (the catalogue's optional {@code ci_method} column); null: they are not computed
 */
public record Indicator(
        String id,
        String name,
        String unit,
        ValueType valueType,
        Polarity polarity,
        String polaritySource,
        List<String> boards,
        ComparisonMethod comparisonMethod,
        Goal goal,
        String source,
        Double similarBandAbsolute,
        CiMethod ciMethod) {

    public Indicator {
        boards = List.copyOf(boards);
    }

    /** An indicator with no absolute similar-band whose limits are never computed from counts. */
    public Indicator(String id, String name, String unit, ValueType valueType, Polarity polarity, String polaritySource,
                     List<String> boards, ComparisonMethod comparisonMethod, Goal goal, String source) {
        this(id, name, unit, valueType, polarity, polaritySource, boards, comparisonMethod, goal, source, null, null);
    }

    public boolean hasAbsoluteBand() { return similarBandAbsolute != null; }

    /** True for values in percent of a population (0 to 100). */
    public boolean isPercent() {
        String u = unit == null ? "" : unit.strip().toLowerCase(java.util.Locale.ROOT);
        return u.equals("percent") || u.equals("%");
    }

    public boolean hasGoal() { return goal != null; }
    public Double goalLower() { return goal == null ? null : goal.lower(); }
    public Double goalUpper() { return goal == null ? null : goal.upper(); }

    /** The record's text, without the optional fields where they are unset, so that the input digest of a
     * catalogue without them is what it was before they existed. */
    @Override
    public String toString() {
        return "Indicator[id=" + id + ", name=" + name + ", unit=" + unit + ", valueType=" + valueType
                + ", polarity=" + polarity + ", polaritySource=" + polaritySource + ", boards=" + boards
                + ", comparisonMethod=" + comparisonMethod + ", goal=" + goal + ", source=" + source
                + (similarBandAbsolute == null ? "" : ", similarBandAbsolute=" + similarBandAbsolute)
                + (ciMethod == null ? "" : ", ciMethod=" + ciMethod) + "]";
    }
}
