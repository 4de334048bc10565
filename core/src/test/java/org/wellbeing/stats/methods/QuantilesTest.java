package org.wellbeing.stats.methods;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuantilesTest {

    @Test
    void quartiles_of_eight_values_highest_first() {
        List<Double> values = List.of(8.0, 7.0, 6.0, 5.0, 4.0, 3.0, 2.0, 1.0);
        assertEquals(List.of(1, 1, 2, 2, 3, 3, 4, 4), Quantiles.assign(values, 4, true));
        assertEquals(List.of(4, 4, 3, 3, 2, 2, 1, 1), Quantiles.assign(values, 4, false));
    }

    @Test
    void ties_share_the_lowest_rank_and_so_the_same_quantile() {
        List<Double> values = List.of(10.0, 9.0, 9.0, 9.0, 1.0);
        List<Integer> q = Quantiles.assign(values, 5, true);
        assertEquals(q.get(1), q.get(2));
        assertEquals(q.get(2), q.get(3));
        assertEquals(List.of(1, 2, 2, 2, 5), q);
    }

    @Test
    void a_group_smaller_than_the_number_of_quantiles_gets_none_and_a_missing_value_gets_none() {
        assertEquals(Arrays.asList(null, null, null), Quantiles.assign(List.of(3.0, 2.0, 1.0), 4, true));
        List<Integer> q = Quantiles.assign(Arrays.asList(4.0, null, 3.0, 2.0, 1.0), 4, true);
        assertEquals(Arrays.asList(1, null, 2, 3, 4), q);
    }

    @Test
    void polarity_decides_the_order_and_a_group_that_disagrees_takes_the_default() {
        assertTrue(Quantiles.highestFirstFor("RAG - Low is good"));
        assertFalse(Quantiles.highestFirstFor("RAG - High is good"));
        assertFalse(Quantiles.highestFirstFor("HIGH_IS_GOOD"));
        assertEquals(null, Quantiles.highestFirstFor("NO_JUDGEMENT"));
        assertFalse(Quantiles.groupOrder(List.of(false, false)));
        assertTrue(Quantiles.groupOrder(List.of(false, true)));
        assertEquals(Quantiles.DEFAULT_HIGHEST_FIRST, Quantiles.groupOrder(Arrays.asList(false, null)));
    }

    @Test
    void names_and_bad_numbers() {
        assertEquals(10, Quantiles.count("Decile"));
        assertEquals(7, Quantiles.count("septile"));
        assertThrows(StatisticsException.class, () -> Quantiles.count("percentile"));
        assertThrows(StatisticsException.class, () -> Quantiles.fromRank(0, 10, 4));
    }
}
