package org.wellbeing.service;

import java.util.List;
import java.util.Map;
import org.wellbeing.model.Goal;
import org.wellbeing.model.Polarity;

/**
 * The dashboard's matrix for a board (or {@code all}) and a period: one row per indicator of the board (listed
 * in its table or linked to its workstreams), one cell per comparator, and the trend. Every cell says its
 * outcome in words, how it was reached and with which benchmark, and the rule behind it; {@code evaluationId}
 * with {@code GET /api/evaluations/{id}/trace?indicator=ID&focus=COMPARATOR} explains it.
 *
 * @param comparators the cells of each row, in column order
 * @param counts      how many cells have each outcome (GREEN, AMBER, RED, ...), for a summary line
 */
public record MatrixView(String boardId, String boardName, String areaName, String period, List<String> periods,
                         String evaluationId, String evaluatedAt, String ruleSetVersion, List<String> comparators,
                         Map<String, Integer> counts, List<Row> rows) {

    /**
     * One indicator in the period. Without an observation in the period {@code value}, {@code timePeriod} and
     * {@code trend} are null and every cell's outcome is null, its reason saying so.
     *
     * @param cells comparator (england, region, neighbours, goal) to its cell
     * @param goal  the indicator's goal, null when it has none
     * @param workstreams the board's workstreams linked to it (every board's, for {@code all}); empty when none
     * @param note  a data-quality note kept from the source, "" when none
     * @param quality the row's data-quality mark: null when it has no flag
     */
    public record Row(String indicatorId, String name, String unit, Polarity polarity, Goal goal,
                      List<WorkstreamRef> workstreams, String timePeriod,
                      Double value, Double lower95, Double upper95, String note, Map<String, Cell> cells,
                      TrendView trend, Quality quality) {}

    /**
     * A row's data-quality mark, shown beside it with its reason.
     *
     * @param codes   the flags, "suspected-typo;definition-may-differ"
     * @param verdict "doubtful" (left out: not compared, no flag, no points), "not counted" (rated, but no flag
     *                and no points) or "marked" (shown only), as rules/quality/ decided
     * @param reason  what was left out and why, "doubtful data: ..."
     */
    public record Quality(String codes, String verdict, String reason) {}

    /** A workstream that acts on an indicator, from the indicator-to-workstream mapping. */
    public record WorkstreamRef(String boardId, String workstreamId, String name) {}

    /**
     * One comparison.
     *
     * @param outcome   GREEN, AMBER, RED, HIGHER, SIMILAR, LOWER or NOT_COMPARED; null when there is no observation
     * @param method    CI_95, CI_99_8, TOLERANCE, RANK, GOAL or NONE
     * @param benchmark the comparator's value or the goal's cut point; for a nearest-neighbour rank null, with
     *                  {@code rank} of {@code rankOf} instead
     * @param ruleFile  {@code file:line} of the rule that gave the outcome
     */
    public record Cell(String outcome, String method, Double benchmark, Integer rank, Integer rankOf, String reason,
                       String rule, String ruleFile) {}
}
