package org.wellbeing.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.wellbeing.testing.Comparisons.benchmark;
import static org.wellbeing.testing.Comparisons.evaluate;
import static org.wellbeing.testing.Comparisons.indicator;
import static org.wellbeing.testing.Comparisons.neighbourRank;
import static org.wellbeing.testing.Comparisons.observation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.wellbeing.model.Comparator;
import org.wellbeing.model.ComparisonMethod;
import org.wellbeing.model.Goal;
import org.wellbeing.model.Indicator;
import org.wellbeing.model.Method;
import org.wellbeing.model.Observation;
import org.wellbeing.model.Outcome;
import org.wellbeing.model.Polarity;
import org.wellbeing.model.Rating;
import org.wellbeing.model.ValueType;
import org.wellbeing.testing.Comparisons.Compared;

/** No comparison is made, and the reason says why: switched off, no area value, no benchmark, no goal. */
class NotComparedTest {

    @ParameterizedTest(name = "against {0}")
    @EnumSource(Comparator.class)
    void whenComparisonIsSwitchedOffForTheIndicator_thenEveryComparatorIsNotCompared(Comparator comparator) {
        // Given an indicator with no comparison configured, and full benchmarks and a goal
        Indicator i = indicator("switched-off", ValueType.COUNT, Polarity.HIGH_IS_GOOD,
                ComparisonMethod.NOT_COMPARED, new Goal(1, 2));
        Observation o = observation(i, 180.0, 170.0, 190.0);

        // When it is compared
        Compared c = evaluate(i, o, benchmark(o, Comparator.ENGLAND, 100.0), benchmark(o, Comparator.REGION, 100.0),
                neighbourRank(o, 1, 16));

        // Then nothing is compared, and the reason says so
        Rating r = c.rating(comparator);
        assertEquals(Outcome.NOT_COMPARED, r.outcome());
        assertEquals(Method.NONE, r.method());
        assertEquals("not compared: no comparison is configured for this indicator", r.reason().text());
        assertEquals("Not compared: comparison switched off for the indicator", c.rule(comparator));
        assertEquals("compare/not-compared.drl", c.ruleFile(comparator));
    }

    @ParameterizedTest(name = "against {0}")
    @EnumSource(Comparator.class)
    void whenTheAreaHasNoValue_thenEveryComparatorIsNotCompared(Comparator comparator) {
        // Given an indicator with a goal, benchmarks, and an observation with no value
        Indicator i = indicator("no-value", ValueType.PROPORTION, Polarity.HIGH_IS_GOOD,
                ComparisonMethod.CONFIDENCE_INTERVALS, new Goal(90, 95));
        Observation o = observation(i, null);

        // When it is compared
        Compared c = evaluate(i, o, benchmark(o, Comparator.ENGLAND, 90.0), benchmark(o, Comparator.REGION, 91.0),
                neighbourRank(o, 3, 16));

        // Then not compared: no value for the area
        Rating r = c.rating(comparator);
        assertEquals(Outcome.NOT_COMPARED, r.outcome());
        assertEquals(Method.NONE, r.method());
        assertEquals("not compared: no value for Luton", r.reason().text());
        assertEquals("Not compared: no value for the area", c.rule(comparator));
    }

    @Test
    void whenNoBenchmarkValueIsGiven_thenThatComparatorIsNotComparedAndTheOthersAre() {
        // Given an area of 50 (48 to 52) with an England value, a region benchmark with no value, and nothing
        // at all for the neighbours
        Indicator i = indicator("no-benchmark", ValueType.PROPORTION, Polarity.HIGH_IS_GOOD,
                ComparisonMethod.CONFIDENCE_INTERVALS);
        Observation o = observation(i, 50.0, 48.0, 52.0);

        // When it is compared
        Compared c = evaluate(i, o, benchmark(o, Comparator.ENGLAND, 40.0), benchmark(o, Comparator.REGION, null));

        // Then England is compared; the region and the neighbours are not, each saying which value is missing
        assertEquals(Outcome.GREEN, c.rating(Comparator.ENGLAND).outcome());
        assertEquals("Better: higher and high is good", c.rule(Comparator.ENGLAND));
        Rating region = c.rating(Comparator.REGION);
        assertEquals(Outcome.NOT_COMPARED, region.outcome());
        assertEquals(Method.NONE, region.method());
        assertEquals("not compared: no region value (region benchmark)", region.reason().text());
        assertEquals("Not compared: no benchmark value", c.rule(Comparator.REGION));
        Rating neighbours = c.rating(Comparator.NEIGHBOURS);
        assertEquals(Outcome.NOT_COMPARED, neighbours.outcome());
        assertEquals("not compared: no neighbours value (not given)", neighbours.reason().text());
        assertEquals("Not compared: no benchmark value", c.rule(Comparator.NEIGHBOURS));
    }

    @Test
    void whenTheIndicatorHasNoGoal_thenTheGoalIsNotCompared() {
        // Given a high-is-good indicator without a goal
        Indicator i = indicator("no-goal", ValueType.PROPORTION, Polarity.HIGH_IS_GOOD,
                ComparisonMethod.CONFIDENCE_INTERVALS);
        Observation o = observation(i, 50.0);

        // When it is compared
        Compared c = evaluate(i, o, benchmark(o, Comparator.ENGLAND, 50.0));

        // Then the goal is not compared, with the reason
        Rating goal = c.rating(Comparator.GOAL);
        assertEquals(Outcome.NOT_COMPARED, goal.outcome());
        assertEquals(Method.NONE, goal.method());
        assertEquals(null, goal.benchmark());
        assertEquals("not compared: no goal is set for this indicator", goal.reason().text());
        assertEquals("Goal: not compared, the indicator has no goal", c.rule(Comparator.GOAL));
        assertEquals("compare/goal.drl", c.ruleFile(Comparator.GOAL));
    }
}
