package org.wellbeing.io.counts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wellbeing.model.CiMethod;
import org.wellbeing.model.ComparisonMethod;
import org.wellbeing.model.Indicator;
import org.wellbeing.model.Observation;
import org.wellbeing.model.Polarity;
import org.wellbeing.model.ValueType;
import org.wellbeing.stats.methods.AgeBandCount;

class LimitsFromCountsTest {

    private static Indicator indicator(String unit, CiMethod method) {
        return new Indicator("x", "x", unit, ValueType.PROPORTION, Polarity.HIGH_IS_GOOD, "test", List.of(),
                ComparisonMethod.CONFIDENCE_INTERVALS, null, "test", null, method);
    }

    private static Observation observation(Double value, Double lower95, Double upper95, Double count, Double denominator) {
        return new Observation("x", "A", "Area", "2022/23", "2022", "", value, lower95, upper95, null, null, count,
                denominator, "");
    }

    @Test
    void counts_without_limits_get_both_levels_computed_and_say_how() {
        Observation o = LimitsFromCounts.complete(indicator("%", CiMethod.WILSON), observation(null, null, null, 560.0, 1000.0));
        assertEquals(56.0, o.value(), 1e-9);
        assertEquals(52.906264287, o.lower95(), 1e-6);
        assertEquals(59.047814611, o.upper95(), 1e-6);
        assertTrue(o.hasCi998() && o.lower998() < o.lower95());
        assertEquals("limits computed by WILSON (Wilson score) from count 560 and denominator 1000, per 100", o.limitsFrom());
        assertTrue(o.toString().endsWith(", limitsFrom=" + o.limitsFrom() + "]"));
    }

    @Test
    void limits_given_with_the_data_or_no_ci_method_leave_the_observation_as_it_was() {
        Observation given = observation(56.0, 50.0, 60.0, 560.0, 1000.0);
        assertSame(given, LimitsFromCounts.complete(indicator("%", CiMethod.WILSON), given));
        Observation counts = observation(56.0, null, null, 560.0, 1000.0);
        assertSame(counts, LimitsFromCounts.complete(indicator("%", null), counts));
        assertFalse(counts.limitsComputed());
        assertFalse(counts.toString().contains("limitsFrom"));
    }

    @Test
    void a_value_that_disagrees_with_its_counts_keeps_no_limits_and_says_why() {
        Observation o = LimitsFromCounts.complete(indicator("%", CiMethod.WILSON), observation(65.0, null, null, 560.0, 1000.0));
        assertFalse(o.hasCi95());
        assertEquals(65.0, o.value());
        assertTrue(o.limitsFrom().endsWith("the value 65 does not match the counts' 56"), o.limitsFrom());
    }

    @Test
    void a_count_above_its_denominator_for_a_proportion_keeps_no_limits_and_says_why() {
        Observation o = LimitsFromCounts.complete(indicator("%", CiMethod.WILSON), observation(null, null, null, 12.0, 10.0));
        assertNull(o.lower95());
        assertTrue(o.limitsFrom().contains("numerator 12 is above its denominator 10"), o.limitsFrom());
    }

    @Test
    void the_scale_comes_from_the_unit_or_else_from_the_value() {
        assertEquals(100_000, LimitsFromCounts.multiplier("per 100,000", null, null, null));
        assertEquals(1000, LimitsFromCounts.multiplier("rate_per_1000", null, null, null));
        assertEquals(100, LimitsFromCounts.multiplier("percent", null, null, null));
        assertEquals(10_000, LimitsFromCounts.multiplier("score", 52.0, 13.0, 2500.0), 1e-9);
        assertNull(LimitsFromCounts.multiplier("score", null, 13.0, 2500.0));
    }

    @Test
    void age_banded_counts_give_a_dsr_observation_or_refuse_an_indicator_not_configured_dobson() {
        Indicator dsr = new Indicator("hip", "hip", "rate_per_100000", ValueType.DIRECTLY_STANDARDISED_RATE,
                Polarity.LOW_IS_GOOD, "test", List.of(), ComparisonMethod.CONFIDENCE_INTERVALS, null, "test", null, CiMethod.DOBSON);
        List<AgeBandCount> bands = List.of(new AgeBandCount("85-89", 6.0, 1000.0), new AgeBandCount("90+", 6.0, 500.0));
        AgeBandedCounts counts = new AgeBandedCounts("A", "hip", "2022/23", bands, 1);
        List<Observation> made = LimitsFromCounts.withAgeBands(List.of(dsr), List.of(), List.of(counts), "Area", "f.csv");
        assertEquals(1, made.size());
        Observation o = made.get(0);
        // (1500 x 6/1000 + 1000 x 6/500) / 2500 x 100,000
        assertEquals((1500 * 0.006 + 1000 * 0.012) / 2500 * 100_000, o.value(), 1e-9);
        assertTrue(o.hasCi95() && o.limitsFrom().startsWith("limits computed by DOBSON (Dobson) from 2 age bands with 12 events"));

        AgeBandedCounts few = new AgeBandedCounts("A", "hip", "2022/23",
                List.of(new AgeBandCount("85-89", 4.0, 1000.0), new AgeBandCount("90+", 5.0, 500.0)), 1);
        Observation none = LimitsFromCounts.withAgeBands(List.of(dsr), List.of(), List.of(few), "Area", "f.csv").get(0);
        assertFalse(none.hasCi95());
        assertTrue(none.limitsFrom().endsWith("fewer than 10 events in total (9): a DSR is not calculated"), none.limitsFrom());

        var wrong = assertThrows(IllegalArgumentException.class, () -> LimitsFromCounts.withAgeBands(
                List.of(indicator("%", CiMethod.WILSON)), List.of(), List.of(new AgeBandedCounts("A", "x", "2022/23", bands, 4)),
                "Area", "f.csv"));
        assertEquals("f.csv: line 5: indicator 'x' has age-banded counts but its ci_method is WILSON, not DOBSON", wrong.getMessage());
    }
}
