package org.wellbeing.model;

/** How an outcome was reached; says whether a significance test was possible. */
public enum Method {
    /** Benchmark compared with the area's 95% confidence interval. */
    CI_95,
    /** Outside the area's 99.8% confidence interval: a stronger GREEN/RED (Fingertips' Best/Worst). */
    CI_99_8,
    /** No confidence interval: relative difference against a tolerance band; no significance test possible. */
    TOLERANCE,
    /** Against a goal's lower and upper values. */
    GOAL,
    /** From the area's rank among its nearest neighbours. */
    RANK,
    /** No comparison made; the reason says why. */
    NONE
}
