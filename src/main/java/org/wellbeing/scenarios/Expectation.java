package org.wellbeing.scenarios;

/**
 * One thing a scenario expects of one indicator in one period.
 *
 * @param subject  for OUTCOME the comparator label ("england", "region", "neighbours", "goal");
 *                 "trend" and "flag" for the others
 * @param expected the outcome name, the trend label, or the flag severity ("none" for no flag)
 * @param method   the method the result must have been reached by, null when not checked
 * @param rule     the rule that must have given the result, null when not checked
 * @param path     where in the scenario file the expectation is written, e.g. {@code scenarios[2].expect.england}
 * @param line     the line of that field
 */
public record Expectation(Kind kind, String indicatorId, String period, String subject, String expected,
                          String method, String rule, String path, int line) {

    /** What is expected. */
    public enum Kind { OUTCOME, TREND, FLAG }

    /** The expectation as written, for messages: "england 2022/23". */
    public String label() {
        return subject + " " + period;
    }
}
