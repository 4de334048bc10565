package org.wellbeing.stats;

import java.util.List;

/**
 * The statistics behind one recent trend; no label. Rules turn it into "Increasing and getting worse",
 * "No significant change" etc. with their own cut and the indicator's polarity.
 *
 * @param method                 the test used
 * @param pointsUsed             the points the statistic was computed from, oldest first (t = 1..5)
 * @param slope                  the full-set slope: value units per year for the regression, log-odds per year
 *                               for Armitage (its sign is the direction); null when not calculated
 * @param slopeStandardError     SE of the regression slope; null for Armitage and when not calculated
 * @param chiSquared             the chi-squared statistic with 1 df; null when not calculated
 * @param leaveOneOutSlopes      the slopes with point 1, 2, ..., 5 left out in turn
 * @param allSlopesAgree         Fingertips' outlier check: the full-set slope and every leave-one-out slope share a
 *                               sign, a slope of exactly 0 counting as positive (as in Fingertips' code)
 * @param cannotCalculateReason  why there is no statistic, null when there is one
 */
public record TrendStatistic(
        TrendMethod method,
        List<TrendPoint> pointsUsed,
        Double slope,
        Double slopeStandardError,
        Double chiSquared,
        List<Double> leaveOneOutSlopes,
        boolean allSlopesAgree,
        String cannotCalculateReason) {

    public TrendStatistic {
        pointsUsed = List.copyOf(pointsUsed);
        leaveOneOutSlopes = List.copyOf(leaveOneOutSlopes);
    }

    public static TrendStatistic cannotCalculate(TrendMethod method, List<TrendPoint> points, String reason) {
        return new TrendStatistic(method, points, null, null, null, List.of(), false, reason);
    }

    public boolean isCalculated() { return cannotCalculateReason == null; }

    /** The first and last years used, for display ("2019–2023"); null when not calculated. */
    public String yearSpan() {
        if (pointsUsed.isEmpty()) return null;
        return pointsUsed.get(0).year() + "–" + pointsUsed.get(pointsUsed.size() - 1).year();
    }

    /**
     * Fingertips' outlier check over a full-set slope and its leave-one-out slopes: all six count the same way,
     * negative as −1 and everything else (0 included) as +1.
     */
    public static boolean slopesAgree(double fullSlope, double[] leaveOneOut) {
        int sum = sign(fullSlope);
        for (double s : leaveOneOut) sum += sign(s);
        return Math.abs(sum) == leaveOneOut.length + 1;
    }

    private static int sign(double slope) { return slope < 0 ? -1 : 1; }
}
