package org.wellbeing.model;

/**
 * How an indicator is compared with benchmarks, configured per indicator as Fingertips does.
 * CONFIDENCE_INTERVALS: the benchmark against the area's 95% CI; with no CI, not compared (Fingertips).
 * CONFIDENCE_INTERVALS_OR_TOLERANCE: the 95% CI where known, otherwise a similar-band around the benchmark,
 *   recorded as a tolerance judgement (the town's own tables, which give no CIs).
 * CONFIDENCE_INTERVALS_TWO_LEVEL: 95% and 99.8% CIs, outside 99.8% is a stronger result.
 * CONTROL_LIMITS_PROPORTIONS: Fingertips' "SPC for proportions"; compared like CONFIDENCE_INTERVALS,
 *   and its recent trend uses the chi-squared test for trend on counts and denominators.
 * NOT_COMPARED: no comparison is configured for the indicator.
 */
public enum ComparisonMethod {
    CONFIDENCE_INTERVALS,
    CONFIDENCE_INTERVALS_OR_TOLERANCE,
    CONFIDENCE_INTERVALS_TWO_LEVEL,
    CONTROL_LIMITS_PROPORTIONS,
    NOT_COMPARED
}
