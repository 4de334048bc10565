package org.wellbeing.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.wellbeing.testing.Comparisons.evaluate;
import static org.wellbeing.testing.Comparisons.indicator;
import static org.wellbeing.testing.Comparisons.observation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.wellbeing.model.Comparator;
import org.wellbeing.model.ComparisonMethod;
import org.wellbeing.model.Goal;
import org.wellbeing.model.Indicator;
import org.wellbeing.model.Method;
import org.wellbeing.model.Observation;
import org.wellbeing.model.Outcome;
import org.wellbeing.model.Polarity;
import org.wellbeing.model.ValueType;
import org.wellbeing.testing.Comparisons.Compared;

/** An indicator's goal: high is good below lower RED, lower to under upper AMBER, upper and over GREEN; mirrored. */
class GoalComparisonTest {

    @ParameterizedTest(name = "high is good, goal 90/95: {0} is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            80    | RED   | 90 | Goal missed: below the lower goal, high is good
            89.99 | RED   | 90 | Goal missed: below the lower goal, high is good
            90    | AMBER | 90 | Goal partly met: between the lower and upper goal, high is good
            94.99 | AMBER | 90 | Goal partly met: between the lower and upper goal, high is good
            95    | GREEN | 95 | Goal met: at or above the upper goal, high is good
            99    | GREEN | 95 | Goal met: at or above the upper goal, high is good
            """)
    void whenHighIsGood_thenTheGoalsCutPointsDecide(double value, Outcome outcome, double cutPoint, String rule) {
        // Given a vaccination coverage indicator with goal lower 90 and upper 95, high is good
        Indicator i = indicator("vaccination", ValueType.PROPORTION, Polarity.HIGH_IS_GOOD,
                ComparisonMethod.CONFIDENCE_INTERVALS, new Goal(90, 95));
        Observation o = observation(i, value);

        // When it is rated against its goal
        Compared c = evaluate(i, o);

        // Then the cut point that decided is recorded with the outcome
        assertEquals(outcome, c.rating(Comparator.GOAL).outcome());
        assertEquals(Method.GOAL, c.rating(Comparator.GOAL).method());
        assertEquals(cutPoint, c.rating(Comparator.GOAL).benchmark());
        assertEquals(rule, c.rule(Comparator.GOAL));
        assertEquals("compare/goal.drl", c.ruleFile(Comparator.GOAL));
    }

    @ParameterizedTest(name = "low is good, goal 10/20: {0} is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            5     | GREEN | 10 | Goal met: at or below the lower goal, low is good
            10    | GREEN | 10 | Goal met: at or below the lower goal, low is good
            10.01 | AMBER | 20 | Goal partly met: between the lower and upper goal, low is good
            20    | AMBER | 20 | Goal partly met: between the lower and upper goal, low is good
            20.01 | RED   | 20 | Goal missed: above the upper goal, low is good
            30    | RED   | 20 | Goal missed: above the upper goal, low is good
            """)
    void whenLowIsGood_thenTheCutPointsAreMirrored(double value, Outcome outcome, double cutPoint, String rule) {
        // Given a low-is-good indicator with goal lower 10 and upper 20
        Indicator i = indicator("low-goal", ValueType.CRUDE_RATE, Polarity.LOW_IS_GOOD,
                ComparisonMethod.CONFIDENCE_INTERVALS, new Goal(10, 20));
        Observation o = observation(i, value);

        // When it is rated against its goal
        Compared c = evaluate(i, o);

        // Then at or below lower is GREEN, above lower up to upper AMBER, above upper RED
        assertEquals(outcome, c.rating(Comparator.GOAL).outcome());
        assertEquals(Method.GOAL, c.rating(Comparator.GOAL).method());
        assertEquals(cutPoint, c.rating(Comparator.GOAL).benchmark());
        assertEquals(rule, c.rule(Comparator.GOAL));
    }

    @ParameterizedTest(name = "single cut point 66.7: {0} is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            66.6 | RED   | Goal missed: below the lower goal, high is good
            66.7 | GREEN | Goal met: at or above the upper goal, high is good
            """)
    void whenLowerEqualsUpper_thenThereIsNoAmberBand(double value, Outcome outcome, String rule) {
        // Given dementia diagnosis with one threshold (66.7/66.7), high is good
        Indicator i = indicator("dementia-diagnosis", ValueType.PROPORTION, Polarity.HIGH_IS_GOOD,
                ComparisonMethod.CONFIDENCE_INTERVALS, new Goal(66.7, 66.7));
        Observation o = observation(i, value);

        // When it is rated against its goal
        Compared c = evaluate(i, o);

        // Then it is met or missed, never partly met
        assertEquals(outcome, c.rating(Comparator.GOAL).outcome());
        assertEquals(rule, c.rule(Comparator.GOAL));
    }

    @Test
    void whenTheIndicatorHasAGoalButNoPolarity_thenTheGoalIsNotCompared() {
        // Given an indicator with a goal but no polarity
        Indicator i = indicator("goal-no-polarity", ValueType.PROPORTION, Polarity.NO_JUDGEMENT,
                ComparisonMethod.CONFIDENCE_INTERVALS, new Goal(90, 95));
        Observation o = observation(i, 92.0);

        // When it is rated against its goal
        Compared c = evaluate(i, o);

        // Then not compared, with the reason
        assertEquals(Outcome.NOT_COMPARED, c.rating(Comparator.GOAL).outcome());
        assertEquals(Method.NONE, c.rating(Comparator.GOAL).method());
        assertEquals("not compared: a goal needs a polarity", c.rating(Comparator.GOAL).reason().text());
        assertEquals("Goal: not compared, the indicator has no polarity", c.rule(Comparator.GOAL));
    }

    @Test
    void whenTheAreaHasACi_thenTheGoalStillComparesTheValue() {
        // Given a high-is-good area of 94 with a CI reaching above the upper goal of 95
        Indicator i = indicator("goal-ci", ValueType.PROPORTION, Polarity.HIGH_IS_GOOD,
                ComparisonMethod.CONFIDENCE_INTERVALS, new Goal(90, 95));
        Observation o = observation(i, 94.0, 92.0, 96.0);

        // When it is rated against its goal
        Compared c = evaluate(i, o);

        // Then the value decides, not the CI: partly met
        assertEquals(Outcome.AMBER, c.rating(Comparator.GOAL).outcome());
        assertEquals("Goal partly met: between the lower and upper goal, high is good", c.rule(Comparator.GOAL));
    }
}
