package org.wellbeing.model;

/**
 * How an indicator is compared with benchmarks, as configured per indicator in Fingertips.
 * CONFIDENCE_INTERVALS: 95% CI overlap (tolerance band where no CI is known).
 * CONFIDENCE_INTERVALS_TWO_LEVEL: 95% and 99.8% CIs, outside 99.8% is a stronger result.
 * CONTROL_LIMITS_PROPORTIONS: Fingertips' "SPC for proportions"; compared like CONFIDENCE_INTERVALS,
 *   and its recent trend uses the chi-squared test for trend on counts and denominators.
 * NOT_COMPARED: no comparison is configured for the indicator.
 */
public enum ComparisonMethod { CONFIDENCE_INTERVALS, CONFIDENCE_INTERVALS_TWO_LEVEL, CONTROL_LIMITS_PROPORTIONS, NOT_COMPARED }
