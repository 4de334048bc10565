package org.wellbeing.stats.methods;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConfidenceLevelTest {
    @Test
    void levels_in_percent_or_as_fractions() {
        assertEquals(List.of(ConfidenceLevel.NINETY_FIVE, ConfidenceLevel.NINETY_NINE_POINT_EIGHT),
                ConfidenceLevel.parseList("95, 99.8%"));
        assertEquals(0.9, ConfidenceLevel.parse("0.9").level(), 1e-15);
        assertEquals("99.8", ConfidenceLevel.NINETY_NINE_POINT_EIGHT.percent());
        assertEquals(1.959963984540054, ConfidenceLevel.NINETY_FIVE.z(), 1e-12);
    }

    @Test
    void a_level_of_100_or_0_or_text_is_refused() {
        assertEquals("confidence level '100' must be above 0% and below 100%",
                assertThrows(StatisticsException.class, () -> ConfidenceLevel.parse("100")).getMessage());
        assertThrows(StatisticsException.class, () -> ConfidenceLevel.parse("0"));
        assertThrows(StatisticsException.class, () -> ConfidenceLevel.parse("high"));
    }
}
