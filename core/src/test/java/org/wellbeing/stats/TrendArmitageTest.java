package org.wellbeing.stats;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.wellbeing.model.ComparisonMethod;

/** Armitage's chi-squared test for trend with Fingertips' log-odds leave-one-out check. */
class TrendArmitageTest {

    static List<TrendPoint> counts(int firstYear, double[] x, double[] n) {
        List<TrendPoint> ps = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            double v = 100 * x[i] / n[i];
            ps.add(TrendPoint.of(firstYear + i, v, v - 1, v + 1, x[i], n[i]));
        }
        return ps;
    }

    @Test
    void handWorkedChiSquaredForTrend() {
        // x = 10, 12, 14, 16, 18 of n = 100 each, t = 1..5.
        // N = 500, X = 70, Σx·t = 10+24+42+64+90 = 230, Σn·t = 100·15 = 1500, Σn·t² = 100·55 = 5500.
        // N·Σxt − X·Σnt = 115000 − 105000 = 10000.
        // chi² = 500 · 10000² / [70 · 430 · (500·5500 − 1500²)] = 5e10 / (30100 · 500000) = 5e10 / 1.505e10 = 3.3223
        // Not significant (< 9.5495). With ten times the counts and denominators chi² is ten times as big: 33.223.
        double[] x = {10, 12, 14, 16, 18}, n = {100, 100, 100, 100, 100};
        assertEquals(100 / 30.1, ArmitageTrendTest.chiSquared(x, n), 1e-9);
        double[] x10 = {100, 120, 140, 160, 180}, n10 = {1000, 1000, 1000, 1000, 1000};
        assertEquals(1000 / 30.1, ArmitageTrendTest.chiSquared(x10, n10), 1e-9);

        TrendStatistic s = RecentTrend.calculate(counts(2019, x10, n10), ComparisonMethod.CONTROL_LIMITS_PROPORTIONS);
        assertEquals(TrendMethod.ARMITAGE, s.method());
        assertEquals(1000 / 30.1, s.chiSquared(), 1e-9);
        assertNull(s.slopeStandardError());
        // The log-odds ln(x/(n−x)) rise every year, so the OLS log-odds slope and every leave-one-out slope are > 0.
        assertTrue(s.slope() > 0);
        assertTrue(s.allSlopesAgree());
    }

    @Test
    void logOddsSlopeIsOrdinaryLeastSquares() {
        // log-odds of 1/3 (ln 0.5), 1/2 (ln 1), 2/3 (ln 2) at t = 1, 2, 3: equally spaced by ln 2, slope ln 2.
        double[] y = ArmitageTrendTest.logOdds(new double[]{1, 2, 2}, new double[]{3, 4, 3});
        assertEquals(Math.log(2), WeightedLinearFit.ordinary(ArmitageTrendTest.scores(3), y).slope(), 1e-12);
    }

    @Test
    void fingertipsOwnTestDataForProportionsGivesChiSquared47point9() {
        // fingertips-open TrendMarkerCalculatorTest GetTrendDataForProportion_Set1: significant, Round(chi², 2) == 47.9.
        List<TrendPoint> set1 = List.of(
                TrendPoint.of(2018, 30.6, 28.98, 32.25, 1367, 44701),
                TrendPoint.of(2017, 30.2, 28.63, 31.9, 1332, 44064),
                TrendPoint.of(2016, 28, 26.44, 29.64, 1199, 42811),
                TrendPoint.of(2015, 24.6, 23.15, 26.19, 1023, 41527),
                TrendPoint.of(2014, 24.67, 23.16, 26.25, 994, 40299));
        TrendStatistic s = RecentTrend.calculate(set1, ComparisonMethod.CONTROL_LIMITS_PROPORTIONS);
        assertEquals(47.9, Math.round(s.chiSquared() * 100) / 100.0, 1e-9);
        assertTrue(s.allSlopesAgree());
        assertTrue(s.slope() > 0);
    }

    @Test
    void fingertipsOwnSet2ForProportionsCannotBeCalculated() {
        // GetTrendDataForProportion_Set2: count 5 of 5 in 2012, so Cannot be calculated.
        List<TrendPoint> set2 = List.of(
                TrendPoint.of(2012, 100, 0, 0, 5, 5), TrendPoint.of(2013, 60, 0, 0, 3, 5),
                TrendPoint.of(2014, 20, 0, 0, 1, 5), TrendPoint.of(2015, 25, 0, 0, 1, 4),
                TrendPoint.of(2016, 50, 0, 0, 2, 4));
        TrendStatistic s = RecentTrend.calculate(set2, ComparisonMethod.CONTROL_LIMITS_PROPORTIONS);
        assertFalse(s.isCalculated());
        assertEquals("count equals denominator in 2012", s.cannotCalculateReason());
    }

    @Test
    void blackburnWithDarwenByArmitage() {
        // 93085 E06000008 Female 2019-2023: 239/1966, 218/1968, 225/1944, 213/1929, 151/1997.
        // N = 9804, X = 1046; chi² = 17.8805 (checked with numpy), significant; log-odds slope −0.10552 a year,
        // leave-one-out −0.1315, −0.1129, −0.1055, −0.1278, −0.0277: all negative. Both tests say "decreasing".
        TrendStatistic s = RecentTrend.calculate(TrendRegressionTest.blackburnWithDarwen(),
                ComparisonMethod.CONTROL_LIMITS_PROPORTIONS);
        assertEquals(17.880511438977344, s.chiSquared(), 1e-8);
        assertEquals(-0.10552212142754214, s.slope(), 1e-10);
        assertEquals(List.of(-0.131492, -0.112896, -0.105522, -0.127786, -0.027687),
                s.leaveOneOutSlopes().stream().map(d -> Math.round(d * 1e6) / 1e6).toList());
        assertTrue(s.allSlopesAgree());
    }

    @Test
    void aZeroCountHasNoLogOdds() {
        double[] x = {0, 2, 3, 4, 5}, n = {50, 50, 50, 50, 50};
        TrendStatistic s = RecentTrend.calculate(counts(2019, x, n), TrendMethod.ARMITAGE);
        assertEquals("count must be above 0 and below the denominator for the log-odds check, 2019 has 0.0 of 50.0",
                s.cannotCalculateReason());
    }

    @Test
    void onlyControlLimitsForProportionsUseArmitage() {
        assertEquals(TrendMethod.ARMITAGE, TrendMethod.forComparison(ComparisonMethod.CONTROL_LIMITS_PROPORTIONS));
        assertEquals(TrendMethod.WEIGHTED_REGRESSION, TrendMethod.forComparison(ComparisonMethod.CONFIDENCE_INTERVALS));
        assertEquals(TrendMethod.WEIGHTED_REGRESSION, TrendMethod.forComparison(ComparisonMethod.CONFIDENCE_INTERVALS_TWO_LEVEL));
        assertEquals(TrendMethod.WEIGHTED_REGRESSION, TrendMethod.forComparison(ComparisonMethod.NOT_COMPARED));
    }
}
