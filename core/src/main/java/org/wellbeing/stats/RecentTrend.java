package org.wellbeing.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.wellbeing.model.ComparisonMethod;
import org.wellbeing.model.ValueType;

/**
 * Fingertips' recent trend statistic (TrendRequest + TrendMarkerCalculator): choose the points, then either the
 * weighted regression or Armitage's test, each with the leave-one-out slope check. Gives statistics, never a label.
 */
public final class RecentTrend {

    /** Value types Fingertips calculates a recent trend for: proportions and crude rates, and on the current site DSRs. */
    public static final Set<ValueType> SUPPORTED_VALUE_TYPES =
            Set.of(ValueType.PROPORTION, ValueType.CRUDE_RATE, ValueType.DIRECTLY_STANDARDISED_RATE);

    private RecentTrend() {}

    public static boolean supportsValueType(ValueType valueType) { return SUPPORTED_VALUE_TYPES.contains(valueType); }

    /** As {@link #calculate(Collection, ComparisonMethod)}, first refusing value types without a recent trend. */
    public static TrendStatistic calculate(Collection<TrendPoint> series, ComparisonMethod comparisonMethod, ValueType valueType) {
        TrendMethod method = TrendMethod.forComparison(comparisonMethod);
        if (!supportsValueType(valueType)) {
            return TrendStatistic.cannotCalculate(method, List.of(),
                    "the recent trend cannot be calculated for this value type (" + valueType + ")");
        }
        return calculate(series, method);
    }

    /** The statistic with the test Fingertips uses for the indicator's comparison method. */
    public static TrendStatistic calculate(Collection<TrendPoint> series, ComparisonMethod comparisonMethod) {
        return calculate(series, TrendMethod.forComparison(comparisonMethod));
    }

    /** The statistic with the given test. */
    public static TrendStatistic calculate(Collection<TrendPoint> series, TrendMethod method) {
        TrendSelection selection = TrendSelection.select(series);
        if (!selection.isSelected()) {
            return TrendStatistic.cannotCalculate(method, List.of(), selection.cannotCalculateReason());
        }
        // TrendMarkerCalculator.GetMostRecentData: from the valid run, the 5 most recent points that have both CIs
        // (for both tests). With CIs everywhere these are the 5 selected points.
        List<TrendPoint> used = new ArrayList<>();
        List<Integer> noCi = new ArrayList<>();
        for (TrendPoint p : selection.validRun()) {
            if (used.size() == TrendSelection.POINTS_TO_USE) break;
            if (p.hasCi95()) used.add(p); else noCi.add(p.year());
        }
        used.sort(Comparator.comparingInt(TrendPoint::year));
        if (used.size() < TrendSelection.POINTS_TO_USE) {
            return TrendStatistic.cannotCalculate(method, used, "fewer than " + TrendSelection.POINTS_TO_USE
                    + " points with a 95% CI in the run (no CI for " + noCi + ")");
        }
        return method == TrendMethod.ARMITAGE ? armitage(used) : regression(used);
    }

    /** The weighted regression on exactly these points, oldest first, t = 1..k (no point selection). */
    public static TrendStatistic regression(List<TrendPoint> points) {
        int k = points.size();
        double[] t = ArmitageTrendTest.scores(k), y = new double[k], w = new double[k];
        for (int i = 0; i < k; i++) {
            TrendPoint p = points.get(i);
            Double se = p.standardError();
            if (!p.hasValue() || se == null) {
                return TrendStatistic.cannotCalculate(TrendMethod.WEIGHTED_REGRESSION, points,
                        "missing value or 95% CI in " + p.year());
            }
            if (!(se > 0)) {
                return TrendStatistic.cannotCalculate(TrendMethod.WEIGHTED_REGRESSION, points,
                        "95% CI has no width in " + p.year());
            }
            y[i] = p.value();
            w[i] = 1 / (se * se);
        }
        WeightedLinearFit fit = WeightedLinearFit.of(t, y, w);
        double[] loo = WeightedLinearFit.leaveOneOutSlopes(t, y, w);
        return new TrendStatistic(TrendMethod.WEIGHTED_REGRESSION, points, fit.slope(), fit.slopeStandardError(),
                fit.chiSquared(), boxed(loo), TrendStatistic.slopesAgree(fit.slope(), loo), null);
    }

    /** Armitage's test on exactly these points, oldest first, t = 1..k (no point selection). */
    public static TrendStatistic armitage(List<TrendPoint> points) {
        int k = points.size();
        double[] x = new double[k], n = new double[k];
        for (int i = 0; i < k; i++) {
            TrendPoint p = points.get(i);
            if (!p.hasCount() || !p.hasDenominator()) {
                return TrendStatistic.cannotCalculate(TrendMethod.ARMITAGE, points,
                        "missing count or denominator in " + p.year());
            }
            if (!(p.count() > 0) || !(p.count() < p.denominator())) {
                // log-odds of 0 or of a whole denominator is infinite; Fingertips' check would silently pass NaN slopes
                return TrendStatistic.cannotCalculate(TrendMethod.ARMITAGE, points,
                        "count must be above 0 and below the denominator for the log-odds check, " + p.year()
                                + " has " + p.count() + " of " + p.denominator());
            }
            x[i] = p.count();
            n[i] = p.denominator();
        }
        double chi2 = ArmitageTrendTest.chiSquared(x, n);
        double[] t = ArmitageTrendTest.scores(k), logit = ArmitageTrendTest.logOdds(x, n), ones = new double[k];
        Arrays.fill(ones, 1.0);
        double slope = WeightedLinearFit.ordinary(t, logit).slope();
        double[] loo = WeightedLinearFit.leaveOneOutSlopes(t, logit, ones);
        return new TrendStatistic(TrendMethod.ARMITAGE, points, slope, null, chi2, boxed(loo),
                TrendStatistic.slopesAgree(slope, loo), null);
    }

    private static List<Double> boxed(double[] a) {
        List<Double> list = new ArrayList<>(a.length);
        for (double d : a) list.add(d);
        return list;
    }
}
