package org.wellbeing.model;

import java.util.List;

/**
 * A catalogue entry: what an indicator measures and how it is judged.
 *
 * @param polaritySource one line saying where the polarity comes from, or why it was chosen
 * @param goal null where the indicator has no goal
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
        CiMethod ciMethod) {

    public Indicator {
        boards = List.copyOf(boards);
    }

    /** An indicator whose limits are never computed from counts. */
    public Indicator(String id, String name, String unit, ValueType valueType, Polarity polarity, String polaritySource,
                     List<String> boards, ComparisonMethod comparisonMethod, Goal goal, String source) {
        this(id, name, unit, valueType, polarity, polaritySource, boards, comparisonMethod, goal, source, null);
    }

    /** As before {@code ciMethod} was added, which is shown only when set: the input digest is made from this text. */
    @Override
    public String toString() {
        return "Indicator[id=" + id + ", name=" + name + ", unit=" + unit + ", valueType=" + valueType
                + ", polarity=" + polarity + ", polaritySource=" + polaritySource + ", boards=" + boards
                + ", comparisonMethod=" + comparisonMethod + ", goal=" + goal + ", source=" + source
                + (ciMethod == null ? "" : ", ciMethod=" + ciMethod) + "]";
    }

    public boolean hasGoal() { return goal != null; }
    public Double goalLower() { return goal == null ? null : goal.lower(); }
    public Double goalUpper() { return goal == null ? null : goal.upper(); }
}
