package org.wellbeing.stats;

import static org.junit.jupiter.api.Assertions.*;

import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.junit.jupiter.api.Test;

class TrendChiSquaredCutTest {

    @Test
    void theFingertipsCutIsThe99point8PercentPointOfChiSquaredWithOneDf() {
        // Fingertips' TrendMarkerCalculator.ChiSquareConfidence = 9.54953570608324.
        double cut = ChiSquaredCut.upperPoint(0.998, 1);
        assertEquals(9.54953570608324, cut, 1e-9);
        assertEquals(9.5495, Math.round(cut * 1e4) / 1e4, 1e-12);
        // and straight from commons-math3: P(chi²₁ ≤ 9.5495...) = 0.998
        assertEquals(0.998, new ChiSquaredDistribution(1).cumulativeProbability(9.54953570608324), 1e-12);
        // chi² with 1 df is a squared standard normal: 9.5495 = 3.0902², the two-sided 99.8% z
        assertEquals(3.090232306, Math.sqrt(cut), 1e-8);
    }

    @Test
    void theNinetyFivePercentPoint() {
        assertEquals(3.841458820694124, ChiSquaredCut.upperPoint(0.95, 1), 1e-9);
    }

    @Test
    void refusesConfidenceOutsideZeroToOne() {
        assertThrows(IllegalArgumentException.class, () -> ChiSquaredCut.upperPoint(1.0, 1));
    }
}
