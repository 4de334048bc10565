package org.wellbeing.stats.methods;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class MeansTest {
    private static final ConfidenceLevel P95 = ConfidenceLevel.NINETY_FIVE;
    private static final ConfidenceLevel P998 = ConfidenceLevel.NINETY_NINE_POINT_EIGHT;

    @Test
    void mean_with_students_t_limits_as_the_reference() {
        // means-inputs.csv / means-results.csv, Area1
        List<Double> values = List.of(33.09375, 48.38596, 64.83495, 67.98475, 22.93556, 71.23587, 38.78465, 82.37927);
        Estimate e = Means.of(values, ConfidenceLevel.FINGERTIPS);
        assertEquals(53.704345000000011, e.value(), 1e-9);
        assertEquals(36.168325241336504, e.lower(P95), 1e-7);
        assertEquals(89.191984705211183, e.upper(P998), 1e-7);
    }

    @Test
    void one_value_has_no_spread_and_is_not_calculated() {
        assertEquals("one value: no spread to measure", Means.of(List.of(4.0), List.of(P95)).notCalculated());
        assertEquals("no values", Means.of(List.of(), List.of(P95)).notCalculated());
    }

    @Test
    void equal_values_have_limits_equal_to_the_mean() {
        Estimate e = Means.of(List.of(7.0, 7.0, 7.0), List.of(P95));
        assertEquals(7, e.lower(P95));
        assertEquals(7, e.upper(P95));
    }

    @Test
    void a_value_that_is_not_a_number_is_refused() {
        assertThrows(StatisticsException.class, () -> Means.of(List.of(1.0, Double.NaN), List.of(P95)));
    }
}
