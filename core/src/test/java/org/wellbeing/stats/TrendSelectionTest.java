package org.wellbeing.stats;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Point selection as Fingertips' TrendRequest: the unbroken run of valid single-year points, 5 most recent. */
class TrendSelectionTest {

    /** A valid point: value 10 + year offset, CI ±1.96, count 10 of 100. */
    static TrendPoint ok(int year) {
        return TrendPoint.of(year, 10 + (year - 2015), 8.04 + (year - 2015), 11.96 + (year - 2015), 10, 100);
    }

    static List<TrendPoint> years(int from, int to) {
        List<TrendPoint> ps = new ArrayList<>();
        for (int y = from; y <= to; y++) ps.add(ok(y));
        return ps;
    }

    @Test
    void takesTheFiveMostRecentOfALongerRunOldestFirst() {
        List<TrendPoint> series = years(2015, 2023);
        java.util.Collections.shuffle(series, new java.util.Random(1));
        TrendSelection s = TrendSelection.select(series);
        assertTrue(s.isSelected(), s.cannotCalculateReason());
        assertEquals(List.of(2019, 2020, 2021, 2022, 2023), s.selected().stream().map(TrendPoint::year).toList());
        assertEquals(9, s.validRun().size());
        assertEquals(2023, s.validRun().get(0).year());
    }

    @Test
    void countEqualToDenominatorInTheLatestFiveCannotBeCalculated() {
        List<TrendPoint> series = years(2019, 2023);
        series.set(2, TrendPoint.of(2021, 100, 96, 100, 250, 250));
        TrendSelection s = TrendSelection.select(series);
        assertFalse(s.isSelected());
        assertEquals("count equals denominator in 2021", s.cannotCalculateReason());
    }

    @Test
    void countEqualToDenominatorAnywhereInTheRunCountsToo() {
        // TrendRequest.IsPossibleDivideByZeroErrors looks at all of ValidData, not only the 5 points used:
        // 2017 is in the unbroken run 2017-2023, so the trend cannot be calculated.
        List<TrendPoint> series = years(2017, 2023);
        series.set(0, TrendPoint.of(2017, 100, 96, 100, 40, 40));
        assertEquals("count equals denominator in 2017", TrendSelection.select(series).cannotCalculateReason());
    }

    @Test
    void countEqualToDenominatorBeforeABreakDoesNotCount() {
        // 2017 has count == denominator, but 2018 has no count, so the run is 2019-2023 and 2017 is not in it.
        List<TrendPoint> series = years(2017, 2023);
        series.set(0, TrendPoint.of(2017, 100, 96, 100, 40, 40));
        series.set(1, new TrendPoint(2018, 12.0, 10.0, 14.0, null, 100.0));
        TrendSelection s = TrendSelection.select(series);
        assertTrue(s.isSelected(), s.cannotCalculateReason());
        assertEquals(5, s.validRun().size());
    }

    @Test
    void aGapYearBreaksTheRun() {
        // 2017, 2018, then no 2019, then 2020-2023: the run back from 2023 is 2020-2023, 4 points.
        List<TrendPoint> series = new ArrayList<>(years(2017, 2018));
        series.addAll(years(2020, 2023));
        TrendSelection s = TrendSelection.select(series);
        assertFalse(s.isSelected());
        assertEquals("fewer than 5 consecutive single-year points with value, count and denominator "
                + "(run 2020–2023; no data for 2019)", s.cannotCalculateReason());
        assertEquals(4, s.validRun().size());
    }

    @Test
    void aMissingCountBreaksTheRun() {
        List<TrendPoint> series = years(2017, 2023);
        series.set(3, new TrendPoint(2020, 13.0, 11.0, 15.0, null, 100.0));
        assertEquals("fewer than 5 consecutive single-year points with value, count and denominator "
                + "(run 2021–2023; missing count in 2020)", TrendSelection.select(series).cannotCalculateReason());
    }

    @Test
    void aMissingValueOrZeroDenominatorAtTheLatestYear() {
        List<TrendPoint> series = years(2017, 2023);
        series.set(6, new TrendPoint(2023, null, null, null, 5.0, 0.0));
        assertEquals("fewer than 5 consecutive single-year points with value, count and denominator "
                        + "(no valid point at the latest year; missing value, denominator not above 0 in 2023)",
                TrendSelection.select(series).cannotCalculateReason());
    }

    @Test
    void fewerThanFivePoints() {
        assertEquals("fewer than 5 data points (4)", TrendSelection.select(years(2020, 2023)).cannotCalculateReason());
        assertEquals("no data points", TrendSelection.select(List.of()).cannotCalculateReason());
    }

    @Test
    void multiYearPeriodsAndDuplicateYearsAreRefused() {
        List<TrendPoint> threeYear = new ArrayList<>();
        for (int y = 2015; y <= 2019; y++) threeYear.add(new TrendPoint(y, 3, 10.0, 9.0, 11.0, 10.0, 100.0));
        assertEquals("the recent trend needs single-year periods: 2015 covers 3 years",
                TrendSelection.select(threeYear).cannotCalculateReason());

        List<TrendPoint> dup = years(2019, 2023);
        dup.add(ok(2021));
        assertEquals("more than one point for 2021", TrendSelection.select(dup).cannotCalculateReason());
    }
}
