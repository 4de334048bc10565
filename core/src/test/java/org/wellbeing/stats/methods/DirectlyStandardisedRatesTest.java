package org.wellbeing.stats.methods;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DirectlyStandardisedRatesTest {
    private static final ConfidenceLevel P95 = ConfidenceLevel.NINETY_FIVE;
    private static final String[] BANDS = {"0-4", "5-9", "10-14", "15-19", "20-24", "25-29", "30-34", "35-39", "40-44",
            "45-49", "50-54", "55-59", "60-64", "65-69", "70-74", "75-79", "80-84", "85-89", "90+"};
    // dsr-inputs.csv, testdata_small: 91 events
    private static final double[] SMALL_COUNTS = {12, 4, 3, 2, 3, 4, 8, 2, 2, 3, 4, 5, 6, 8, 5, 6, 5, 5, 4};
    private static final double[] POPULATIONS = {636, 558, 609, 543, 384, 594, 669, 843, 660, 576, 606, 522, 426, 273,
            300, 288, 153, 123, 207};

    private static List<AgeBandCount> bands(double[] counts) {
        List<AgeBandCount> bands = new ArrayList<>();
        for (int i = 0; i < BANDS.length; i++) bands.add(new AgeBandCount(BANDS[i], counts[i], POPULATIONS[i]));
        return bands;
    }

    @Test
    void the_dsr_and_dobson_limits_of_the_reference_area() {
        // dsr-results.csv: testdata_small per 100,000
        Estimate e = DirectlyStandardisedRates.of(bands(SMALL_COUNTS), 100_000, List.of(P95));
        assertEquals(1103.212025300104, e.value(), 1e-7);
        assertEquals(877.455767536709, e.lower(P95), 1e-7);
        assertEquals(1367.0882227251795, e.upper(P95), 1e-7);
        assertEquals("Dobson", e.method());
    }

    @Test
    void fewer_than_10_events_are_not_calculated_and_say_why() {
        double[] nine = new double[19];
        nine[18] = 5;
        nine[17] = 4;
        Estimate e = DirectlyStandardisedRates.of(bands(nine), 100_000, List.of(P95));
        assertFalse(e.calculated());
        assertNull(e.value());
        assertNull(e.lower(P95));
        assertEquals("fewer than 10 events in total (9): a DSR is not calculated", e.notCalculated());
    }

    @Test
    void zero_events_are_not_calculated() {
        Estimate e = DirectlyStandardisedRates.of(bands(new double[19]), 100_000, List.of(P95));
        assertEquals("fewer than 10 events in total (0): a DSR is not calculated", e.notCalculated());
    }

    @Test
    void events_that_repeat_for_one_person_widen_the_limits() {
        List<AgeBandCount> independent = bands(SMALL_COUNTS);
        List<AgeBandCount> repeated = new ArrayList<>();
        for (AgeBandCount b : independent) {
            double events = b.count();
            // as many events, but in pairs where the count is even: people with 2 events each
            List<Double> f = events % 2 == 0 ? List.of(0.0, events / 2) : List.of(events, 0.0);
            repeated.add(new AgeBandCount(b.ageBand(), b.count(), b.population(), f));
        }
        Estimate plain = DirectlyStandardisedRates.of(independent, 100_000, List.of(P95));
        Estimate wider = DirectlyStandardisedRates.of(repeated, 100_000, List.of(P95));
        assertEquals(plain.value(), wider.value(), 1e-9);
        assertTrue(wider.lower(P95) < plain.lower(P95) && wider.upper(P95) > plain.upper(P95));
        assertEquals(DirectlyStandardisedRates.METHOD_NON_INDEPENDENT, wider.method());
    }

    @Test
    void only_the_bands_given_are_standardised_as_for_an_indicator_of_people_65_and_over() {
        List<AgeBandCount> older = bands(SMALL_COUNTS).subList(13, 19);
        Estimate e = DirectlyStandardisedRates.of(older, 100_000, List.of(P95));
        double weighted = 5500 * 8 / 273.0 + 5000 * 5 / 300.0 + 4000 * 6 / 288.0 + 2500 * 5 / 153.0 + 1500 * 5 / 123.0
                + 1000 * 4 / 207.0;
        assertEquals(weighted / 19500 * 100_000, e.value(), 1e-7);
    }

    @Test
    void bad_input_is_refused() {
        double[] negative = SMALL_COUNTS.clone();
        negative[0] = -1;
        assertEquals("count in age band 0-4 must be 0 or more, got -1", assertThrows(StatisticsException.class,
                () -> DirectlyStandardisedRates.of(bands(negative), 100_000, List.of(P95))).getMessage());
        List<AgeBandCount> zeroPopulation = new ArrayList<>(bands(SMALL_COUNTS));
        zeroPopulation.set(3, new AgeBandCount("15-19", 2.0, 0.0));
        assertEquals("population in age band 15-19 must be above 0, got 0", assertThrows(StatisticsException.class,
                () -> DirectlyStandardisedRates.of(zeroPopulation, 100_000, List.of(P95))).getMessage());
        List<AgeBandCount> twice = new ArrayList<>(bands(SMALL_COUNTS));
        twice.add(new AgeBandCount("90+", 1.0, 10.0));
        assertEquals("age band 90+ is given twice", assertThrows(StatisticsException.class,
                () -> DirectlyStandardisedRates.of(twice, 100_000, List.of(P95))).getMessage());
    }
}
