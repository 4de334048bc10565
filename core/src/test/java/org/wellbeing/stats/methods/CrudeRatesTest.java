package org.wellbeing.stats.methods;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CrudeRatesTest {
    private static final ConfidenceLevel P95 = ConfidenceLevel.NINETY_FIVE;
    private static final ConfidenceLevel P998 = ConfidenceLevel.NINETY_NINE_POINT_EIGHT;
    private static final CountMethod DEFAULT = CountMethod.EXACT_BELOW_10_BYARS_FROM_10;

    @Test
    void below_10_events_the_limits_are_exact_and_from_10_byars() {
        // rates.csv, Area2 (5 events, Exact) and Area3 (20 events, Byars), per 100
        Estimate five = CrudeRates.of(5.0, 100.0, 100, ConfidenceLevel.FINGERTIPS, DEFAULT);
        assertEquals("exact Poisson", five.method());
        assertEquals(1.62348639011842, five.lower(P95), 1e-9);
        assertEquals(16.454745203680105, five.upper(P998), 1e-9);
        Estimate twenty = CrudeRates.of(20.0, 100.0, 100, ConfidenceLevel.FINGERTIPS, DEFAULT);
        assertEquals("Byar's", twenty.method());
        assertEquals(12.211428834875937, twenty.lower(P95), 1e-9);
        assertEquals(38.085035625041911, twenty.upper(P998), 1e-9);
        assertEquals("exact Poisson", CrudeRates.of(9.0, 100.0, 1, List.of(P95), DEFAULT).method());
        assertEquals("Byar's", CrudeRates.of(10.0, 100.0, 1, List.of(P95), DEFAULT).method());
    }

    @Test
    void zero_events_give_0_and_an_exact_upper_limit() {
        Estimate e = CrudeRates.of(0.0, 1000.0, 1000, List.of(P95), DEFAULT);
        assertEquals(0, e.value());
        assertEquals(0, e.lower(P95));
        // the exact upper limit for 0 events is -ln(0.025) events
        assertEquals(-Math.log(0.025), e.upper(P95), 1e-9);
    }

    @Test
    void events_equal_to_the_population_are_a_rate_of_the_multiplier() {
        Estimate e = CrudeRates.of(250.0, 250.0, 100_000, List.of(P95), DEFAULT);
        assertEquals(100_000, e.value(), 1e-9);
        assertTrue(e.lower(P95) < 100_000 && e.upper(P95) > 100_000);
    }

    @Test
    void byars_alone_gives_no_lower_limit_where_it_falls_below_0() {
        // byars-wilson-limits.csv: x = 1 at 99.8% has an upper limit only
        assertNull(CountLimits.byarsLower(1, P998));
        assertEquals(9.362180217908362, CountLimits.byarsUpper(1, P998), 1e-9);
        Estimate e = CrudeRates.of(1.0, 100.0, 100, List.of(P998), CountMethod.BYARS);
        assertNull(e.lower(P998));
    }

    @Test
    void bad_input_is_refused_with_the_quantity_named() {
        assertEquals("count must be 0 or more, got -3", assertThrows(StatisticsException.class,
                () -> CrudeRates.of(-3.0, 100.0, 1, List.of(P95), DEFAULT)).getMessage());
        assertEquals("denominator must be above 0, got 0", assertThrows(StatisticsException.class,
                () -> CrudeRates.of(3.0, 0.0, 1, List.of(P95), DEFAULT)).getMessage());
    }
}
