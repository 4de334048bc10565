package org.wellbeing.stats.methods;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProportionsTest {
    private static final ConfidenceLevel P95 = ConfidenceLevel.NINETY_FIVE;
    private static final ConfidenceLevel P998 = ConfidenceLevel.NINETY_NINE_POINT_EIGHT;

    @Test
    void wilson_limits_of_65_of_100_are_the_references() {
        // proportions.csv, Area4
        Estimate e = Proportions.of(65.0, 100.0, 1, ConfidenceLevel.FINGERTIPS);
        assertEquals(0.65, e.value(), 1e-12);
        assertEquals(0.55254443296887967, e.lower(P95), 1e-9);
        assertEquals(0.73635751756902468, e.upper(P95), 1e-9);
        assertEquals(0.49549465740704313, e.lower(P998), 1e-9);
        assertEquals(0.77835406140896968, e.upper(P998), 1e-9);
        assertEquals("Wilson score", e.method());
    }

    @Test
    void zero_events_give_a_lower_limit_of_0_and_an_upper_limit_above_it() {
        Estimate e = Proportions.of(0.0, 40.0, 100, List.of(P95));
        assertEquals(0, e.value());
        assertEquals(0, e.lower(P95), 1e-12);
        // z^2 / (n + z^2) for x = 0
        double z = P95.z();
        assertEquals(100 * z * z / (40 + z * z), e.upper(P95), 1e-9);
    }

    @Test
    void numerator_equal_to_denominator_gives_an_upper_limit_of_100_percent_and_a_lower_below_it() {
        Estimate e = Proportions.of(40.0, 40.0, 100, List.of(P95));
        assertEquals(100, e.value());
        assertEquals(100, e.upper(P95), 1e-9);
        assertTrue(e.lower(P95) < 100 && e.lower(P95) > 85, "lower " + e.lower(P95));
    }

    @Test
    void any_confidence_level_works_and_a_higher_level_is_wider() {
        Estimate e = Proportions.of(20.0, 100.0, 1, List.of(new ConfidenceLevel(0.90), P95, P998));
        assertTrue(e.lower(new ConfidenceLevel(0.90)) > e.lower(P95));
        assertTrue(e.lower(P95) > e.lower(P998));
        assertTrue(e.upper(P998) > e.upper(P95));
    }

    @Test
    void a_missing_numerator_is_not_calculated_with_the_reason() {
        Estimate e = Proportions.of(null, 100.0, 1, List.of(P95));
        assertFalse(e.calculated());
        assertEquals("no numerator", e.notCalculated());
        assertEquals(null, e.lower(P95));
    }

    @Test
    void a_negative_count_is_refused() {
        var ex = assertThrows(StatisticsException.class, () -> Proportions.of(-1.0, 100.0, 1, List.of(P95)));
        assertEquals("numerator must be 0 or more, got -1", ex.getMessage());
    }

    @Test
    void a_denominator_of_0_is_refused() {
        var ex = assertThrows(StatisticsException.class, () -> Proportions.of(0.0, 0.0, 1, List.of(P95)));
        assertEquals("denominator must be above 0, got 0", ex.getMessage());
    }

    @Test
    void a_numerator_above_its_denominator_is_refused() {
        var ex = assertThrows(StatisticsException.class, () -> Proportions.of(11.0, 10.0, 1, List.of(P95)));
        assertTrue(ex.getMessage().contains("numerator 11 is above its denominator 10"), ex.getMessage());
    }
}
