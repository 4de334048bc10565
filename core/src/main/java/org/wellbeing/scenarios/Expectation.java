package org.wellbeing.scenarios;

/**
 * One thing a scenario expects in one period: of an indicator (an outcome, its trend, its flag, its priority
 * score, whether it is unowned) or of a board (its ranking of workstreams, one workstream's rank, the
 * workstreams it cannot measure).
 *
 * @param indicatorId the indicator, null for a board's expectations
 * @param board       the board, null for an indicator's expectations
 * @param subject     OUTCOME: the comparator label ("england", ...); RANK: the workstream id; otherwise the
 *                    field's name ("trend", "flag", "score", "unowned", "ranking", "not_measured")
 * @param expected    the outcome name, trend label, flag severity ("none" for no flag), score, "true"/"false",
 *                    rank, or the workstream ids in order separated by ", "
 * @param method      OUTCOME and TREND: the method the result must have been reached by; RANK: the score;
 *                    null when not checked
 * @param rule        the rule that must have given the result, null when not checked
 * @param path        where in the scenario file the expectation is written, e.g. {@code scenarios[2].expect.england}
 * @param line        the line of that field
 */
public record Expectation(Kind kind, String indicatorId, String board, String period, String subject,
                          String expected, String method, String rule, String path, int line) {

    /** What is expected. */
    public enum Kind { OUTCOME, TREND, FLAG, SCORE, UNOWNED, LEFT_OUT, RANKING, RANK, NOT_MEASURED }

    /** The expectation as written, for messages: "england 2022/23", "ranking of childrens-trust-board 2022/23". */
    public String label() {
        return switch (kind) {
            case RANKING, NOT_MEASURED -> subject + " of " + board + " " + period;
            case RANK -> "rank of " + subject + " (" + board + ") " + period;
            default -> subject + " " + period;
        };
    }
}
