package org.wellbeing.paper;

import java.util.List;
import org.wellbeing.chart.IndicatorSeries;
import org.wellbeing.service.BoardPrioritiesView;
import org.wellbeing.service.MatrixView;

/**
 * A board paper's content: the cover, a matrix per board, the ranked priorities, the data that is doubtful or
 * missing, and each indicator's series for its chart; all from the one stored evaluation the cover names.
 *
 * @param boards     one matrix per board (every board for {@code all})
 * @param priorities ranked workstreams, board by board, rank 1 first
 * @param notMeasured workstreams with no linked indicator observed in the period
 * @param gaps       comparisons not made and values missing or doubtful
 * @param charts     each indicator's values over every period, for its trend chart
 */
public record BoardPaper(Cover cover, List<MatrixView> boards, List<BoardPrioritiesView.RankedWorkstream> priorities,
                         List<BoardPrioritiesView.NotMeasuredWorkstream> notMeasured, List<DataGap> gaps,
                         List<IndicatorSeries> charts) {

    /**
     * Where the paper's figures come from.
     *
     * @param evaluationSequence the evaluation's record number in the audit chain
     * @param evaluationHash     the evaluation record's chain hash
     * @param checkpoint         the audit checkpoint: a signed one when the store has them, else the chain head
     *                           (sequence and hash) when the paper was made
     */
    public record Cover(String boardId, String boardName, String areaName, String period, String evaluationId,
                        String evaluatedAt, String ruleSetVersion, long evaluationSequence, String evaluationHash,
                        String checkpoint, String madeAt, String auditDatabase) {}

    /** The paper's file name: {@code board-paper-childrens-trust-board-2022-23.xlsx}. */
    public String fileName(PaperFormat format) {
        return ("board-paper-" + cover.boardId() + "-" + cover.period()).replaceAll("[^A-Za-z0-9-]", "-") + "." + format.name();
    }
}
