package org.wellbeing.stats.methods;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class IndirectlyStandardisedTest {
    private static final ConfidenceLevel P95 = ConfidenceLevel.NINETY_FIVE;
    private static final List<ReferenceBand> REFERENCE = List.of(
            new ReferenceBand("0-39", 100, 100_000), new ReferenceBand("40+", 900, 100_000));

    @Test
    void ratio_is_observed_over_expected_with_exact_limits_below_10_events() {
        // expected: 50,000 x 0.001 + 10,000 x 0.009 = 140
        List<AgeBandCount> area = List.of(new AgeBandCount("0-39", 3.0, 50_000.0), new AgeBandCount("40+", 5.0, 10_000.0));
        Estimate ratio = IndirectlyStandardised.ratio(area, REFERENCE, 100, List.of(P95));
        assertEquals(8 / 140.0 * 100, ratio.value(), 1e-9);
        assertEquals("exact Poisson", ratio.method());
        assertEquals(CountLimits.exactLower(8, P95) / 140 * 100, ratio.lower(P95), 1e-9);
        Estimate rate = IndirectlyStandardised.rate(area, REFERENCE, 100_000, List.of(P95));
        // the reference's crude rate is 1,000 of 200,000: 500 per 100,000
        assertEquals(8 / 140.0 * 500, rate.value(), 1e-9);
    }

    @Test
    void zero_observed_events_give_a_lower_limit_of_0() {
        List<AgeBandCount> area = List.of(new AgeBandCount("0-39", 0.0, 50_000.0), new AgeBandCount("40+", 0.0, 10_000.0));
        Estimate ratio = IndirectlyStandardised.ratio(area, REFERENCE, 1, List.of(P95));
        assertEquals(0, ratio.value());
        assertEquals(0, ratio.lower(P95));
        assertEquals(-Math.log(0.025) / 140, ratio.upper(P95), 1e-9);
    }

    @Test
    void an_age_band_the_reference_lacks_and_a_negative_count_are_refused() {
        assertEquals("age band 90+ is not in the reference", assertThrows(StatisticsException.class,
                () -> IndirectlyStandardised.ratio(List.of(new AgeBandCount("90+", 1.0, 10.0)), REFERENCE, 1, List.of(P95)))
                .getMessage());
        assertEquals("count in age band 40+ must be 0 or more, got -2", assertThrows(StatisticsException.class,
                () -> IndirectlyStandardised.ratio(List.of(new AgeBandCount("40+", -2.0, 10.0)), REFERENCE, 1, List.of(P95)))
                .getMessage());
        assertEquals("reference population in age band 0-39 must be above 0, got 0",
                assertThrows(StatisticsException.class, () -> new ReferenceBand("0-39", 1, 0)).getMessage());
    }
}
