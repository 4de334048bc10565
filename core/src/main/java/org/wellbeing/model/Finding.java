package org.wellbeing.model;

/**
 * A gap in the strategy's coverage, reported to a board.
 *
 * @param subjectId the indicator (UNOWNED, LEFT_OUT) or workstream (NOT_MEASURED) the finding is about
 * @param reason    one plain-English sentence saying what is missing
 */
public record Finding(Kind kind, String boardId, String subjectId, String period, String reason) {

    public enum Kind {
        /** An indicator that is RED or worsening, and that no workstream acts on. */
        UNOWNED,
        /** A workstream that no indicator with a value in the period measures. */
        NOT_MEASURED,
        /** An indicator of the board whose data is doubtful, so its ratings and trend earn no points. */
        LEFT_OUT
    }
}
