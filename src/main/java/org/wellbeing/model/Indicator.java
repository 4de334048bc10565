package org.wellbeing.model;

import java.util.List;

/**
 * A catalogue entry: what an indicator measures and how it is judged.
 *
 * @param polaritySource one line saying where the polarity comes from, or why it was chosen
 * @param goal null where the indicator has no goal
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
        String source) {

    public Indicator {
        boards = List.copyOf(boards);
    }

    public boolean hasGoal() { return goal != null; }
    public Double goalLower() { return goal == null ? null : goal.lower(); }
    public Double goalUpper() { return goal == null ? null : goal.upper(); }
}
