package org.wellbeing.stats;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The 2-to-4-point helper: the latest change, in percent, and whether the two 95% CIs overlap. */
class TrendShortTermChangeTest {

    @Test
    void relativeChangeAndOverlappingCis() {
        // 2021/22 20.0 (18.0–22.0), 2022/23 22.0 (20.5–23.5): +2.0, +10%; 20.5 ≤ 22.0 so the CIs overlap.
        ShortTermChange c = ShortTermChange.ofLatest(List.of(
                TrendPoint.ofValue(2022, 22.0, 20.5, 23.5), TrendPoint.ofValue(2020, 19.0, 17.0, 21.0),
                TrendPoint.ofValue(2021, 20.0, 18.0, 22.0)));
        assertTrue(c.isCompared());
        assertEquals(2021, c.previous().year());
        assertEquals(2022, c.latest().year());
        assertEquals(2.0, c.absoluteChange(), 1e-12);
        assertEquals(10.0, c.relativeChangePercent(), 1e-12);
        assertEquals(Boolean.TRUE, c.ciOverlap());
    }

    @Test
    void separateCisAndAFall() {
        // 50 (48–52) to 40 (38–42): −20%, 42 < 48 so the CIs do not overlap.
        ShortTermChange c = ShortTermChange.between(TrendPoint.ofValue(2022, 50, 48.0, 52.0),
                TrendPoint.ofValue(2023, 40, 38.0, 42.0));
        assertEquals(-20.0, c.relativeChangePercent(), 1e-12);
        assertEquals(Boolean.FALSE, c.ciOverlap());
    }

    @Test
    void touchingCisOverlap() {
        ShortTermChange c = ShortTermChange.between(TrendPoint.ofValue(2022, 10, 9.0, 11.0),
                TrendPoint.ofValue(2023, 12, 11.0, 13.0));
        assertEquals(Boolean.TRUE, c.ciOverlap());
    }

    @Test
    void unknownCisGiveNullOverlap() {
        ShortTermChange c = ShortTermChange.between(TrendPoint.ofValue(2022, 10, null, null),
                TrendPoint.ofValue(2023, 12, 11.0, 13.0));
        assertNull(c.ciOverlap());
        assertEquals(20.0, c.relativeChangePercent(), 1e-12);
    }

    @Test
    void aNegativeStartingValueUsesItsSize() {
        // −4 to −2: change +2, relative +2 / |−4| = +50%.
        ShortTermChange c = ShortTermChange.between(TrendPoint.ofValue(2022, -4, null, null),
                TrendPoint.ofValue(2023, -2, null, null));
        assertEquals(50.0, c.relativeChangePercent(), 1e-12);
    }

    @Test
    void zeroBeforeHasNoRelativeChange() {
        ShortTermChange c = ShortTermChange.between(TrendPoint.ofValue(2022, 0, null, null),
                TrendPoint.ofValue(2023, 3, null, null));
        assertEquals(3.0, c.absoluteChange(), 1e-12);
        assertNull(c.relativeChangePercent());
    }

    @Test
    void tooFewPointsOrAMissingValue() {
        assertEquals("need 2 points, have 1",
                ShortTermChange.ofLatest(List.of(TrendPoint.ofValue(2023, 1, null, null))).cannotCompareReason());
        ShortTermChange c = ShortTermChange.between(new TrendPoint(2022, null, null, null, null, null),
                TrendPoint.ofValue(2023, 3, null, null));
        assertEquals("missing value in 2022", c.cannotCompareReason());
        assertFalse(c.isCompared());
    }
}
