package org.wellbeing.service;

import java.util.List;
import java.util.Map;
import org.wellbeing.io.out.RatingRow;
import org.wellbeing.model.Polarity;
import org.wellbeing.report.PriorityReport;

/**
 * A board's view of one period (or every board's, for {@code all}): its indicators with their ratings and
 * trends, its workstreams ranked by the priority rules with the evidence behind each rank, its workstreams
 * that nothing measures, and its indicators RED or worsening that no workstream acts on. From the bundled
 * data evaluated on the live rules, stored in the audit store as {@code evaluationId}, so every rating can be
 * traced.
 *
 * @param periods     the periods the bundled data has, for choosing another one
 * @param ordering    the tie-break the rank rule applies
 * @param weights     the priority weights in force (threshold name to points)
 * @param priorities  ranked workstreams, board by board, rank 1 first
 * @param notMeasured workstreams with no linked indicator observed in the period
 * @param unowned     indicators RED or worsening in the period that no workstream acts on (reported to the Health
 *                    and Wellbeing Board); for one board, those among its indicators
 */
public record BoardPrioritiesView(String boardId, String boardName, String period, List<String> periods,
                                  String evaluationId, String ruleSetVersion, String ordering,
                                  Map<String, Double> weights, List<IndicatorRatings> indicators,
                                  List<RankedWorkstream> priorities, List<NotMeasuredWorkstream> notMeasured,
                                  List<PriorityReport.UnownedIndicator> unowned) {

    /**
     * One of the board's indicators, its ratings and trend in the period (empty ratings and a null trend
     * when the data has no value for it then).
     */
    public record IndicatorRatings(String indicatorId, String name, String unit, Polarity polarity, String timePeriod,
                                   Double value, String note, List<RatingRow> ratings, TrendView trend) {}

    /**
     * A workstream's place in its board's ranking, as {@code priorities} prints it: its score, the rule that
     * ranked it (and where it is written), each linked indicator with its outcomes, flags and points, and
     * the workstream's actions.
     */
    public record RankedWorkstream(String boardId, String boardName, int rank, int of, String workstreamId,
                                   String workstreamName, double score, int redRatings, int worseningFlags,
                                   String rule, String ruleFile, String reason,
                                   List<PriorityReport.IndicatorEvidence> indicators, List<String> actions) {

        static RankedWorkstream of(PriorityReport.BoardPriorities b, PriorityReport.Priority p) {
            return new RankedWorkstream(b.boardId(), b.boardName(), p.rank(), p.of(), p.workstreamId(),
                    p.workstreamName(), p.score(), p.redRatings(), p.worseningFlags(), p.rule(), p.ruleFile(),
                    p.reason(), p.indicators(), p.actions());
        }
    }

    /** A workstream that no indicator with a value in the period measures, and why. */
    public record NotMeasuredWorkstream(String boardId, String boardName, String workstreamId, String workstreamName,
                                        String rule, String reason) {

        static NotMeasuredWorkstream of(PriorityReport.BoardPriorities b, PriorityReport.NotMeasured n) {
            return new NotMeasuredWorkstream(b.boardId(), b.boardName(), n.workstreamId(), n.workstreamName(),
                    n.rule(), n.reason());
        }
    }
}
