package org.wellbeing.model;

/**
 * The statistics behind one observation's trend, computed in Java from its series; the rules label it.
 * For 5 points or more (Fingertips' recent trend): slope, chi-squared and the outlier check.
 * For 2 to 4 points (the town's tables): the latest relative change and whether the CIs overlap.
 *
 * @param method                 REGRESSION, ARMITAGE, SHORT_SERIES, or NONE when nothing can be calculated
 * @param points                 how many distinct time periods the series has up to this observation
 * @param span                   first and last time periods used, e.g. "2019 to 2023"
 * @param slope                  direction and size of the recent trend (REGRESSION, ARMITAGE)
 * @param chiSquared             the trend test's statistic, 1 degree of freedom (REGRESSION, ARMITAGE)
 * @param allSlopesAgree         Fingertips' outlier check: the slope keeps its sign with each point left out
 * @param relativeChangePercent  latest change in percent of the earlier value (SHORT_SERIES)
 * @param ciOverlap              whether the two latest 95% CIs overlap; null when unknown (SHORT_SERIES)
 * @param previousObservationKey the observation of the previous time period, null when none
 * @param cannotCalculateReason  why there is no statistic (method NONE), null otherwise
 */
public record TrendEvidence(
        String observationKey,
        String method,
        int points,
        String span,
        Double slope,
        Double chiSquared,
        boolean allSlopesAgree,
        Double relativeChangePercent,
        Boolean ciOverlap,
        String previousObservationKey,
        String cannotCalculateReason) {}
