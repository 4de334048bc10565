package org.wellbeing.service;

import java.util.List;
import org.wellbeing.io.out.RatingRow;
import org.wellbeing.model.Polarity;

/**
 * A board's view of one period: its indicators with their ratings, from the bundled data evaluated on the
 * live rules (stored in the audit store as {@code evaluationId}, so every rating can be traced).
 * {@code priorities} is empty until the priority rules exist.
 *
 * @param periods the periods the bundled data has, for choosing another one
 */
public record BoardPrioritiesView(String boardId, String boardName, String period, List<String> periods,
                                  String evaluationId, String ruleSetVersion, List<IndicatorRatings> indicators,
                                  List<Object> priorities) {

    /** One of the board's indicators and its ratings in the period (empty when the data has no value for it then). */
    public record IndicatorRatings(String indicatorId, String name, String unit, Polarity polarity, String timePeriod,
                                   Double value, String note, List<RatingRow> ratings) {}
}
