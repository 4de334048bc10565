package org.wellbeing.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.wellbeing.testing.Comparisons.benchmark;
import static org.wellbeing.testing.Comparisons.evaluate;
import static org.wellbeing.testing.Comparisons.indicator;
import static org.wellbeing.testing.Comparisons.observation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.wellbeing.model.Comparator;
import org.wellbeing.model.ComparisonMethod;
import org.wellbeing.model.Indicator;
import org.wellbeing.model.Method;
import org.wellbeing.model.Observation;
import org.wellbeing.model.Outcome;
import org.wellbeing.model.Polarity;
import org.wellbeing.model.Rating;
import org.wellbeing.model.ValueType;
import org.wellbeing.testing.Comparisons.Compared;

/** Fingertips' usual method: the benchmark against the area's 95% confidence interval, then polarity. */
class ConfidenceIntervalComparisonTest {
    private static final String INSIDE = "Similar: benchmark inside the area's 95% confidence interval";
    private static final String BELOW = "Higher: benchmark below the area's 95% confidence interval";
    private static final String ABOVE = "Lower: benchmark above the area's 95% confidence interval";

    private static final Indicator HIGH_IS_GOOD =
            indicator("ci-high", ValueType.PROPORTION, Polarity.HIGH_IS_GOOD, ComparisonMethod.CONFIDENCE_INTERVALS);
    private static final Indicator LOW_IS_GOOD =
            indicator("ci-low", ValueType.PROPORTION, Polarity.LOW_IS_GOOD, ComparisonMethod.CONFIDENCE_INTERVALS);

    /** Area value 78.0 with 95% CI 77.0 to 79.0. */
    private static Observation area(Indicator i) {
        return observation(i, 78.0, 77.0, 79.0);
    }

    @Test
    void whenBenchmarkLiesInsideTheCi_thenAmberWithMethodCi95() {
        // Given an area of 78.0 (77.0 to 79.0) and England at 78.5
        Observation o = area(HIGH_IS_GOOD);

        // When it is compared
        Compared c = evaluate(HIGH_IS_GOOD, o, benchmark(o, Comparator.ENGLAND, 78.5));

        // Then it is similar to England: AMBER by CI_95, the benchmark and value recorded
        Rating r = c.rating(Comparator.ENGLAND);
        assertEquals(Outcome.AMBER, r.outcome());
        assertEquals(Method.CI_95, r.method());
        assertEquals(78.5, r.benchmark());
        assertEquals(78.0, r.value());
        assertEquals("Similar to the benchmark", c.rule(Comparator.ENGLAND));
        assertEquals(INSIDE, c.differenceRule(Comparator.ENGLAND));
    }

    @ParameterizedTest(name = "benchmark {0} on the CI boundary is AMBER")
    @ValueSource(doubles = {77.0, 79.0})
    void whenBenchmarkLiesExactlyOnACiBoundary_thenAmber(double onBoundary) {
        // Given an area of 78.0 (77.0 to 79.0) and a benchmark exactly on one end of its CI
        Observation o = area(LOW_IS_GOOD);

        // When it is compared
        Compared c = evaluate(LOW_IS_GOOD, o, benchmark(o, Comparator.ENGLAND, onBoundary));

        // Then boundaries count as inside: similar, AMBER
        assertEquals(Outcome.AMBER, c.rating(Comparator.ENGLAND).outcome());
        assertEquals(Method.CI_95, c.rating(Comparator.ENGLAND).method());
        assertEquals("Similar to the benchmark", c.rule(Comparator.ENGLAND));
        assertEquals(INSIDE, c.differenceRule(Comparator.ENGLAND));
    }

    @Test
    void whenBenchmarkLiesBelowTheCiAndHighIsGood_thenGreen() {
        // Given a high-is-good area of 78.0 (77.0 to 79.0) and England just below the CI at 76.99
        Observation o = area(HIGH_IS_GOOD);

        // When it is compared
        Compared c = evaluate(HIGH_IS_GOOD, o, benchmark(o, Comparator.ENGLAND, 76.99));

        // Then the area is higher, which is better: GREEN
        assertEquals(Outcome.GREEN, c.rating(Comparator.ENGLAND).outcome());
        assertEquals(Method.CI_95, c.rating(Comparator.ENGLAND).method());
        assertEquals("Better: higher and high is good", c.rule(Comparator.ENGLAND));
        assertEquals(BELOW, c.differenceRule(Comparator.ENGLAND));
    }

    @Test
    void whenBenchmarkLiesAboveTheCiAndHighIsGood_thenRed() {
        // Given a high-is-good area of 78.0 (77.0 to 79.0) and England just above the CI at 79.01
        Observation o = area(HIGH_IS_GOOD);

        // When it is compared
        Compared c = evaluate(HIGH_IS_GOOD, o, benchmark(o, Comparator.ENGLAND, 79.01));

        // Then the area is lower, which is worse: RED
        assertEquals(Outcome.RED, c.rating(Comparator.ENGLAND).outcome());
        assertEquals("Worse: lower and high is good", c.rule(Comparator.ENGLAND));
        assertEquals(ABOVE, c.differenceRule(Comparator.ENGLAND));
    }

    @Test
    void whenBenchmarkLiesBelowTheCiAndLowIsGood_thenRed() {
        // Given a low-is-good area of 78.0 (77.0 to 79.0) and England below the CI at 70
        Observation o = area(LOW_IS_GOOD);

        // When it is compared
        Compared c = evaluate(LOW_IS_GOOD, o, benchmark(o, Comparator.ENGLAND, 70.0));

        // Then the area is higher, which is worse: RED
        assertEquals(Outcome.RED, c.rating(Comparator.ENGLAND).outcome());
        assertEquals(Method.CI_95, c.rating(Comparator.ENGLAND).method());
        assertEquals("Worse: higher and low is good", c.rule(Comparator.ENGLAND));
        assertEquals(BELOW, c.differenceRule(Comparator.ENGLAND));
    }

    @Test
    void whenBenchmarkLiesAboveTheCiAndLowIsGood_thenGreen() {
        // Given a low-is-good area of 78.0 (77.0 to 79.0) and England above the CI at 85
        Observation o = area(LOW_IS_GOOD);

        // When it is compared
        Compared c = evaluate(LOW_IS_GOOD, o, benchmark(o, Comparator.ENGLAND, 85.0));

        // Then the area is lower, which is better: GREEN
        assertEquals(Outcome.GREEN, c.rating(Comparator.ENGLAND).outcome());
        assertEquals("Better: lower and low is good", c.rule(Comparator.ENGLAND));
        assertEquals(ABOVE, c.differenceRule(Comparator.ENGLAND));
    }

    @Test
    void whenRegionAndNeighbourValuesAreGiven_thenEachIsComparedWithTheCi() {
        // Given a high-is-good area of 78.0 (77.0 to 79.0), region 76 and a neighbour value 80
        Observation o = area(HIGH_IS_GOOD);

        // When it is compared
        Compared c = evaluate(HIGH_IS_GOOD, o, benchmark(o, Comparator.ENGLAND, 78.0),
                benchmark(o, Comparator.REGION, 76.0), benchmark(o, Comparator.NEIGHBOURS, 80.0));

        // Then each comparator gets its own CI judgement
        assertEquals(Outcome.AMBER, c.rating(Comparator.ENGLAND).outcome());
        assertEquals(Outcome.GREEN, c.rating(Comparator.REGION).outcome());
        assertEquals("Better: higher and high is good", c.rule(Comparator.REGION));
        assertEquals(BELOW, c.differenceRule(Comparator.REGION));
        assertEquals(Outcome.RED, c.rating(Comparator.NEIGHBOURS).outcome());
        assertEquals(Method.CI_95, c.rating(Comparator.NEIGHBOURS).method());
        assertEquals("Worse: lower and high is good", c.rule(Comparator.NEIGHBOURS));
        assertEquals(ABOVE, c.differenceRule(Comparator.NEIGHBOURS));
    }

    @Test
    void whenTheIndicatorUsesControlLimitsForProportions_thenItIsComparedLikeConfidenceIntervals() {
        // Given a low-is-good indicator configured with control limits for proportions
        Indicator spc = indicator("spc-low", ValueType.PROPORTION, Polarity.LOW_IS_GOOD,
                ComparisonMethod.CONTROL_LIMITS_PROPORTIONS);
        Observation o = area(spc);

        // When it is compared with England above the CI
        Compared c = evaluate(spc, o, benchmark(o, Comparator.ENGLAND, 80.0));

        // Then the 95% CI rule decides: lower, and low is good
        assertEquals(Outcome.GREEN, c.rating(Comparator.ENGLAND).outcome());
        assertEquals(Method.CI_95, c.rating(Comparator.ENGLAND).method());
        assertEquals("Better: lower and low is good", c.rule(Comparator.ENGLAND));
        assertEquals(ABOVE, c.differenceRule(Comparator.ENGLAND));
    }

    @Test
    void whenACiIsKnown_thenTheRatingIsWrittenByTheCompareRules() {
        // Given any CI comparison
        Observation o = area(HIGH_IS_GOOD);

        // When it is compared
        Compared c = evaluate(HIGH_IS_GOOD, o, benchmark(o, Comparator.ENGLAND, 76.0));

        // Then the trace points at the polarity rule's file, the method at the CI rule's file
        assertEquals("compare/polarity.drl", c.ruleFile(Comparator.ENGLAND));
        assertEquals("compare/confidence-intervals.drl",
                c.evaluation().firingFor(c.difference(Comparator.ENGLAND)).orElseThrow().file());
    }
}
