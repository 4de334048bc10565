package org.wellbeing.stats;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.wellbeing.model.ComparisonMethod;
import org.wellbeing.model.ValueType;

/** The CI-weighted regression of value on year with Fingertips' leave-one-out slope check. */
class TrendRegressionTest {

    static final double EPS = 1e-9;

    /** A point with value v and CI v ± 1.96, i.e. SE = 3.92 / 3.92 = 1, count 10 of 100. */
    static TrendPoint se1(int year, double v) {
        return TrendPoint.of(year, v, v - 1.96, v + 1.96, 10, 100);
    }

    @Test
    void equalStandardErrorsGiveTheOrdinarySlope() {
        // t = 1..5, y = 10, 12, 11, 15, 17, every SE = 1 so every weight is 1: the OLS line.
        // mean t = 3, mean y = 65/5 = 13; Σ(t-3)(y-13) = (-2)(-3) + (-1)(-1) + 0(-2) + 1(2) + 2(4) = 17;
        // Σ(t-3)² = 10, so slope = 17/10 = 1.7.
        // SE(slope)² = Σw / (Σw·Σwt² − (Σwt)²) = 5 / (5·55 − 15²) = 5/50 = 0.1; chi² = 1.7² / 0.1 = 28.9.
        // Leave-one-out slopes (each an OLS slope on 4 points):
        //   without t=1: t 2..5, y 12,11,15,17, mean 13.75: (-1.5)(-1.75)+(-.5)(-2.75)+(.5)(1.25)+(1.5)(3.25) = 9.5; /5 = 1.9
        //   without t=2: t 1,3,4,5, mean t 3.25, y 10,11,15,17 mean 13.25: 15.75 / 8.75 = 1.8
        //   without t=3: t 1,2,4,5, y 10,12,15,17 mean 13.5: 17 / 10 = 1.7
        //   without t=4: t 1,2,3,5, mean t 2.75, y 10,12,11,17 mean 12.5: 14.5 / 8.75 = 1.657142857...
        //   without t=5: t 1..4, y 10,12,11,15 mean 12: 7 / 5 = 1.4
        // All positive: the slopes agree. chi² 28.9 > 9.5495: significant, increasing.
        TrendStatistic s = RecentTrend.calculate(List.of(se1(2019, 10), se1(2020, 12), se1(2021, 11), se1(2022, 15),
                se1(2023, 17)), TrendMethod.WEIGHTED_REGRESSION);
        assertTrue(s.isCalculated(), s.cannotCalculateReason());
        assertEquals(TrendMethod.WEIGHTED_REGRESSION, s.method());
        assertEquals(1.7, s.slope(), EPS);
        assertEquals(Math.sqrt(0.1), s.slopeStandardError(), EPS);
        assertEquals(28.9, s.chiSquared(), 1e-9);
        double[] loo = {1.9, 1.8, 1.7, 14.5 / 8.75, 1.4};
        for (int i = 0; i < 5; i++) assertEquals(loo[i], s.leaveOneOutSlopes().get(i), EPS, "leave out " + (i + 1));
        assertTrue(s.allSlopesAgree());
        assertEquals("2019–2023", s.yearSpan());
    }

    @Test
    void slopeIsTheSameAsOrdinaryLeastSquaresOnYears() {
        // The slope does not depend on whether t runs 1..5 or 2019..2023.
        double[] years = {2019, 2020, 2021, 2022, 2023}, y = {10, 12, 11, 15, 17};
        assertEquals(1.7, WeightedLinearFit.ordinary(years, y).slope(), EPS);
    }

    @Test
    void aFlatSeriesHasSlopeAndChiSquaredZero() {
        // y = 20 every year: every slope is exactly 0, chi² = 0. Fingertips counts a zero slope as positive,
        // so the six slopes "agree"; the statistic is still not significant because chi² = 0.
        TrendStatistic s = RecentTrend.calculate(List.of(se1(2019, 20), se1(2020, 20), se1(2021, 20), se1(2022, 20),
                se1(2023, 20)), TrendMethod.WEIGHTED_REGRESSION);
        assertEquals(0.0, s.slope(), EPS);
        assertEquals(0.0, s.chiSquared(), EPS);
        assertTrue(s.allSlopesAgree());
    }

    @Test
    void oneOutlierFailsTheAllSlopesAgreeCheck() {
        // y = 11, 10, 10, 9, 20 with SE 1: the last point alone makes the line rise.
        // mean y = 12; Σ(t-3)(y-12) = (-2)(-1) + (-1)(-2) + 0 + 1(-3) + 2(8) = 17, slope 1.7, chi² = 28.9 as above.
        // Without t=5: y 11, 10, 10, 9 at t 1..4, mean 10: (-1.5)(1) + 0 + 0 + (1.5)(-1) = -3, slope -3/5 = -0.6 < 0.
        // The other four leave-one-out slopes are positive (2.9, 1.657..., 1.7, 2.371...): 5 say up, 1 says down,
        // so the check fails and the trend is not significant despite chi² 28.9.
        TrendStatistic s = RecentTrend.calculate(List.of(se1(2019, 11), se1(2020, 10), se1(2021, 10), se1(2022, 9),
                se1(2023, 20)), TrendMethod.WEIGHTED_REGRESSION);
        assertEquals(1.7, s.slope(), EPS);
        assertEquals(28.9, s.chiSquared(), 1e-9);
        assertEquals(roundAll(List.of(2.9, 14.5 / 8.75, 1.7, 20.75 / 8.75, -0.6)), roundAll(s.leaveOneOutSlopes()));
        assertFalse(s.allSlopesAgree());
    }

    private static List<Double> roundAll(List<Double> ds) {
        return ds.stream().map(d -> Math.round(d * 1e9) / 1e9).toList();
    }

    @Test
    void unequalStandardErrorsWeighTheTightPointsMore() {
        // Two tight points (SE 1, weight 1) at t=1 and t=5 with values 10 and 14, and three loose points
        // (CI width 7.84, SE 2, weight 1/4) at t=2,3,4, all at value 20.
        // Σw = 2 + 0.75 = 2.75; Σwt = 1 + 5 + (2+3+4)/4 = 8.25; Σwt² = 1 + 25 + (4+9+16)/4 = 33.25;
        // Σwy = 10 + 14 + 60/4 = 39; Σwty = 10 + 70 + (40+60+80)/4 = 125.
        // D = 2.75·33.25 − 8.25² = 91.4375 − 68.0625 = 23.375;
        // slope = (2.75·125 − 8.25·39) / 23.375 = (343.75 − 321.75) / 23.375 = 22 / 23.375 = 0.941176...
        // SE(slope)² = 2.75 / 23.375 = 0.117647...; chi² = 0.941176² / 0.117647 = 7.529411...
        // (Unweighted OLS on the same values gives 8 / 10 = 0.8.)
        List<TrendPoint> ps = List.of(TrendPoint.of(2019, 10, 8.04, 11.96, 1, 10),
                TrendPoint.of(2020, 20, 16.08, 23.92, 1, 10), TrendPoint.of(2021, 20, 16.08, 23.92, 1, 10),
                TrendPoint.of(2022, 20, 16.08, 23.92, 1, 10), TrendPoint.of(2023, 14, 12.04, 15.96, 1, 10));
        TrendStatistic s = RecentTrend.regression(ps);
        assertEquals(22 / 23.375, s.slope(), 1e-9);
        assertEquals(2.75 / 23.375, s.slopeStandardError() * s.slopeStandardError(), 1e-9);
        assertEquals((22 / 23.375) * (22 / 23.375) / (2.75 / 23.375), s.chiSquared(), 1e-9);
    }

    @Test
    void fingertipsOwnTestDataSet1IsSignificantWithChiSquared46point77() {
        // fingertips-open PholioVisualisationWS AnalysisTest TrendMarkerCalculatorTest, GetTrendData_Set1:
        // expected IsSignificant and Math.Round(ChiSquare, 2) == 46.77.
        List<TrendPoint> set1 = List.of(
                TrendPoint.of(2018, 30.6, 28.98, 32.25, 1367, 44701),
                TrendPoint.of(2017, 30.2, 28.63, 31.9, 1332, 44064),
                TrendPoint.of(2016, 28, 26.44, 29.64, 1199, 42811),
                TrendPoint.of(2015, 24.6, 23.15, 26.19, 1023, 41527),
                TrendPoint.of(2014, 24.67, 23.16, 26.25, 994, 40299));
        TrendStatistic s = RecentTrend.calculate(set1, ComparisonMethod.CONFIDENCE_INTERVALS);
        assertEquals(46.77, Math.round(s.chiSquared() * 100) / 100.0, 1e-9);
        assertTrue(s.slope() > 0);
        assertTrue(s.allSlopesAgree());
    }

    @Test
    void fingertipsOwnTestDataSet2IsNotSignificant() {
        // GetTrendData_Set2: expected not significant.
        List<TrendPoint> set2 = List.of(
                TrendPoint.of(2014, 20.5506, 18.1803, 23.1427, 209, 1017),
                TrendPoint.of(2015, 19.5952, 17.3444, 22.0602, 213, 1087),
                TrendPoint.of(2016, 19.0349, 16.8421, 21.4394, 213, 1119),
                TrendPoint.of(2017, 21.3966, 19.0918, 23.8975, 239, 1117),
                TrendPoint.of(2018, 18.4372, 16.2925, 20.7941, 210, 1139));
        TrendStatistic s = RecentTrend.calculate(set2, TrendMethod.WEIGHTED_REGRESSION);
        assertTrue(s.chiSquared() < 9.5495 || !s.allSlopesAgree());
        assertEquals(0.4642, s.chiSquared(), 1e-4);
    }

    static List<TrendPoint> blackburnWithDarwen() { return TrendFixtures.blackburnWithDarwen(); }

    @Test
    void blackburnWithDarwenSmokingAtDeliveryIsASignificantFall() {
        // Official: "Decreasing and getting better" (low is good). The 5 points used are 2019-2023.
        // Regression: slope -1.0142 percentage points a year, SE 0.21154, chi² 22.986 > 9.5495;
        // leave-one-out slopes -1.211, -1.094, -0.995, -1.147, -0.292: all negative, so they agree.
        // (Checked against numpy weighted least squares.)
        TrendStatistic s = RecentTrend.calculate(blackburnWithDarwen(), ComparisonMethod.CONFIDENCE_INTERVALS);
        assertEquals("2019–2023", s.yearSpan());
        assertEquals(-1.0142030559098665, s.slope(), 1e-9);
        assertEquals(0.21153811832258682, s.slopeStandardError(), 1e-9);
        assertEquals(22.986484471092396, s.chiSquared(), 1e-7);
        assertEquals(List.of(-1.211340, -1.094347, -0.994693, -1.147411, -0.291876),
                s.leaveOneOutSlopes().stream().map(d -> Math.round(d * 1e6) / 1e6).toList());
        assertTrue(s.allSlopesAgree());
        assertTrue(s.chiSquared() > ChiSquaredCut.upperPoint(0.998, 1));
    }

    @Test
    void aPointWithoutCiInTheRunIsSkippedAsFingertipsDoes() {
        // GetMostRecentData takes, from the valid run, the 5 most recent points that have CIs: with no CI in 2021
        // the points used are 2018, 2019, 2020, 2022, 2023 (t = 1..5 regardless of the gap).
        List<TrendPoint> ps = new java.util.ArrayList<>(blackburnWithDarwen());
        ps.set(3, new TrendPoint(2021, 11.6, null, null, 225.0, 1944.0));
        TrendStatistic s = RecentTrend.calculate(ps, TrendMethod.WEIGHTED_REGRESSION);
        assertTrue(s.isCalculated());
        assertEquals(List.of(2018, 2019, 2020, 2022, 2023), s.pointsUsed().stream().map(TrendPoint::year).toList());

        List<TrendPoint> five = new java.util.ArrayList<>(ps.subList(1, 6));
        TrendStatistic none = RecentTrend.calculate(five, TrendMethod.WEIGHTED_REGRESSION);
        assertEquals("fewer than 5 points with a 95% CI in the run (no CI for [2021])", none.cannotCalculateReason());
    }

    @Test
    void aZeroWidthCiCannotBeWeighted() {
        List<TrendPoint> ps = List.of(se1(2019, 10), se1(2020, 12), TrendPoint.of(2021, 11, 11, 11, 1, 10),
                se1(2022, 15), se1(2023, 17));
        assertEquals("95% CI has no width in 2021",
                RecentTrend.calculate(ps, TrendMethod.WEIGHTED_REGRESSION).cannotCalculateReason());
    }

    @Test
    void selectionFailuresBecomeTheReason() {
        List<TrendPoint> ps = List.of(se1(2019, 10), se1(2020, 12), TrendPoint.of(2021, 100, 96, 100, 10, 10),
                se1(2022, 15), se1(2023, 17));
        TrendStatistic s = RecentTrend.calculate(ps, TrendMethod.WEIGHTED_REGRESSION);
        assertFalse(s.isCalculated());
        assertNull(s.chiSquared());
        assertEquals("count equals denominator in 2021", s.cannotCalculateReason());
    }

    @Test
    void valueTypesWithoutARecentTrendAreRefused() {
        TrendStatistic s = RecentTrend.calculate(blackburnWithDarwen(), ComparisonMethod.CONFIDENCE_INTERVALS, ValueType.MEAN);
        assertEquals("the recent trend cannot be calculated for this value type (MEAN)", s.cannotCalculateReason());
        assertTrue(RecentTrend.calculate(blackburnWithDarwen(), ComparisonMethod.CONFIDENCE_INTERVALS,
                ValueType.DIRECTLY_STANDARDISED_RATE).isCalculated());
    }
}
