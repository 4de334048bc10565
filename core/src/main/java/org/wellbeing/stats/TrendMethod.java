package org.wellbeing.stats;

import org.wellbeing.model.ComparisonMethod;

/** Which significance test a recent trend uses. */
public enum TrendMethod {
    /** Regression of value on year weighted by 1/SE², chi² = (slope / SE(slope))², plus the leave-one-out slope check. */
    WEIGHTED_REGRESSION,
    /** Armitage's chi-squared test for trend on counts and denominators, plus the leave-one-out log-odds slope check. */
    ARMITAGE;

    /**
     * Fingertips' choice (TrendMarkerCalculator): Armitage only where the indicator is compared by control
     * limits for proportions ("SPC for proportions"); the weighted regression for every other comparison method.
     */
    public static TrendMethod forComparison(ComparisonMethod comparisonMethod) {
        return comparisonMethod == ComparisonMethod.CONTROL_LIMITS_PROPORTIONS ? ARMITAGE : WEIGHTED_REGRESSION;
    }
}
