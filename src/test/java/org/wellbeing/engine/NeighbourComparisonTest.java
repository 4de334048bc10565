package org.wellbeing.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.wellbeing.testing.Comparisons.benchmark;
import static org.wellbeing.testing.Comparisons.evaluate;
import static org.wellbeing.testing.Comparisons.indicator;
import static org.wellbeing.testing.Comparisons.neighbourRank;
import static org.wellbeing.testing.Comparisons.observation;

import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.wellbeing.model.Comparator;
import org.wellbeing.model.ComparisonMethod;
import org.wellbeing.model.Indicator;
import org.wellbeing.model.Method;
import org.wellbeing.model.Observation;
import org.wellbeing.model.Outcome;
import org.wellbeing.model.Polarity;
import org.wellbeing.model.Threshold;
import org.wellbeing.model.ValueType;
import org.wellbeing.testing.Comparisons.Compared;

/**
 * Nearest neighbours by rank (1 the best): the best fifth GREEN, the worst fifth RED, the middle AMBER
 * (thresholds neighbours.green.top.share and neighbours.red.bottom.share, both 0.2); by value as a benchmark.
 */
class NeighbourComparisonTest {
    private static final String BEST = "Neighbours: ranked in the best share of the group";
    private static final String WORST = "Neighbours: ranked in the worst share of the group";
    private static final String MIDDLE = "Neighbours: ranked in the middle of the group";

    /** Every rank of groups of 16 (1-3 GREEN, 4-12 AMBER, 13-16 RED) and of 5 (1 GREEN, 2-4 AMBER, 5 RED). */
    static Stream<Arguments> everyRank() {
        Stream<Arguments> sixteen = IntStream.rangeClosed(1, 16).mapToObj(r ->
                Arguments.of(r, 16, r <= 3 ? Outcome.GREEN : r >= 13 ? Outcome.RED : Outcome.AMBER));
        Stream<Arguments> five = IntStream.rangeClosed(1, 5).mapToObj(r ->
                Arguments.of(r, 5, r == 1 ? Outcome.GREEN : r == 5 ? Outcome.RED : Outcome.AMBER));
        return Stream.concat(sixteen, five);
    }

    private static String ruleFor(Outcome outcome) {
        return switch (outcome) {
            case GREEN -> BEST;
            case RED -> WORST;
            default -> MIDDLE;
        };
    }

    @ParameterizedTest(name = "high is good: rank {0} of {1} is {2}")
    @MethodSource("everyRank")
    void whenRanked_thenTheShareOfTheGroupDecides(int rank, int of, Outcome expected) {
        // Given a high-is-good indicator ranked among its neighbours
        Indicator i = indicator("rank-high", ValueType.PROPORTION, Polarity.HIGH_IS_GOOD, ComparisonMethod.CONFIDENCE_INTERVALS);
        Observation o = observation(i, 70.0);

        // When it is compared
        Compared c = evaluate(i, o, neighbourRank(o, rank, of));

        // Then the rank's place in the group decides, by rank
        assertEquals(expected, c.rating(Comparator.NEIGHBOURS).outcome());
        assertEquals(Method.RANK, c.rating(Comparator.NEIGHBOURS).method());
        assertEquals((double) rank, c.rating(Comparator.NEIGHBOURS).benchmark());
        assertEquals(ruleFor(expected), c.rule(Comparator.NEIGHBOURS));
        assertEquals("compare/neighbours.drl", c.ruleFile(Comparator.NEIGHBOURS));
    }

    @ParameterizedTest(name = "low is good: rank {0} of {1} is {2}")
    @MethodSource("everyRank")
    void whenRankedAndLowIsGood_thenRankOneIsStillTheBest(int rank, int of, Outcome expected) {
        // Given a low-is-good indicator ranked among its neighbours (rank 1 is the best whatever the polarity)
        Indicator i = indicator("rank-low", ValueType.CRUDE_RATE, Polarity.LOW_IS_GOOD, ComparisonMethod.CONFIDENCE_INTERVALS);
        Observation o = observation(i, 12.0);

        // When it is compared
        Compared c = evaluate(i, o, neighbourRank(o, rank, of));

        // Then the same shares apply
        assertEquals(expected, c.rating(Comparator.NEIGHBOURS).outcome());
        assertEquals(ruleFor(expected), c.rule(Comparator.NEIGHBOURS));
    }

    @Test
    void whenRanked_thenTheThresholdsInForceAreInTheTrace() {
        // Given rank 14 of 16
        Indicator i = indicator("rank-trace", ValueType.PROPORTION, Polarity.HIGH_IS_GOOD, ComparisonMethod.CONFIDENCE_INTERVALS);
        Observation o = observation(i, 70.0);

        // When it is compared
        Compared c = evaluate(i, o, neighbourRank(o, 14, 16));

        // Then the firing matched both share thresholds, with the values in force
        var firing = c.evaluation().firingFor(c.rating(Comparator.NEIGHBOURS)).orElseThrow();
        assertEquals(WORST, firing.rule());
        assertTrue(firing.matched().contains(new Threshold("neighbours.red.bottom.share", 0.2, "fraction of group")),
                firing.matched().toString());
        assertTrue(firing.matched().contains(new Threshold("neighbours.green.top.share", 0.2, "fraction of group")),
                firing.matched().toString());
    }

    @Test
    void whenTheIndicatorHasNoPolarity_thenARankIsNotCompared() {
        // Given an indicator with no polarity, ranked 1 of 16
        Indicator i = indicator("rank-none", ValueType.PROPORTION, Polarity.NO_JUDGEMENT, ComparisonMethod.CONFIDENCE_INTERVALS);
        Observation o = observation(i, 70.0);

        // When it is compared
        Compared c = evaluate(i, o, neighbourRank(o, 1, 16));

        // Then a rank says nothing without a good direction
        assertEquals(Outcome.NOT_COMPARED, c.rating(Comparator.NEIGHBOURS).outcome());
        assertEquals(Method.NONE, c.rating(Comparator.NEIGHBOURS).method());
        assertEquals("Neighbours: a rank says nothing where the indicator has no polarity", c.rule(Comparator.NEIGHBOURS));
    }

    @Test
    void whenANeighbourValueIsGivenWithoutACi_thenItIsComparedAsABenchmarkByTheBand() {
        // Given a low-is-good rate of 10 and a neighbour value of 20, no CI, no rank
        Indicator i = indicator("nn-value", ValueType.CRUDE_RATE, Polarity.LOW_IS_GOOD, ComparisonMethod.CONFIDENCE_INTERVALS_OR_TOLERANCE);
        Observation o = observation(i, 10.0);

        // When it is compared
        Compared c = evaluate(i, o, benchmark(o, Comparator.NEIGHBOURS, 20.0));

        // Then it is lower beyond the 20% band, which is better
        assertEquals(Outcome.GREEN, c.rating(Comparator.NEIGHBOURS).outcome());
        assertEquals(Method.TOLERANCE, c.rating(Comparator.NEIGHBOURS).method());
        assertEquals(20.0, c.rating(Comparator.NEIGHBOURS).benchmark());
        assertEquals("Better: lower and low is good", c.rule(Comparator.NEIGHBOURS));
        assertEquals("Lower: no confidence interval, below the similar-band of the benchmark",
                c.differenceRule(Comparator.NEIGHBOURS));
    }

    @Test
    void whenANeighbourValueIsGivenWithACi_thenItIsComparedWithTheCi() {
        // Given a high-is-good area of 50 (48 to 52) and a neighbour value of 49
        Indicator i = indicator("nn-value-ci", ValueType.PROPORTION, Polarity.HIGH_IS_GOOD, ComparisonMethod.CONFIDENCE_INTERVALS);
        Observation o = observation(i, 50.0, 48.0, 52.0);

        // When it is compared
        Compared c = evaluate(i, o, benchmark(o, Comparator.NEIGHBOURS, 49.0));

        // Then the neighbour value lies inside the CI: similar
        assertEquals(Outcome.AMBER, c.rating(Comparator.NEIGHBOURS).outcome());
        assertEquals(Method.CI_95, c.rating(Comparator.NEIGHBOURS).method());
        assertEquals("Similar to the benchmark", c.rule(Comparator.NEIGHBOURS));
        assertEquals("Similar: benchmark inside the area's 95% confidence interval", c.differenceRule(Comparator.NEIGHBOURS));
    }
}
