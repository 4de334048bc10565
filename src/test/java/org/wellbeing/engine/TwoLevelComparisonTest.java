package org.wellbeing.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.wellbeing.testing.Comparisons.benchmark;
import static org.wellbeing.testing.Comparisons.evaluate;
import static org.wellbeing.testing.Comparisons.indicator;
import static org.wellbeing.testing.Comparisons.observation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.wellbeing.model.Comparator;
import org.wellbeing.model.ComparisonMethod;
import org.wellbeing.model.Indicator;
import org.wellbeing.model.Method;
import org.wellbeing.model.Observation;
import org.wellbeing.model.Outcome;
import org.wellbeing.model.Polarity;
import org.wellbeing.model.ValueType;
import org.wellbeing.testing.Comparisons.Compared;

/** The two-level method: outside the 99.8% CI is a stronger result (CI_99_8), outside the 95% only is CI_95. */
class TwoLevelComparisonTest {
    private static final String SIMILAR = "Two-level: similar, benchmark inside the 95% confidence interval";
    private static final String HIGHER_95 = "Two-level: higher, benchmark below the 95% but not the 99.8% confidence interval";
    private static final String LOWER_998 = "Two-level: lower, benchmark above the 99.8% confidence interval";
    private static final String LOWER_95 = "Two-level: lower, benchmark above the 95% but not the 99.8% confidence interval";

    private static Indicator twoLevel(Polarity polarity) {
        return indicator("two-level-" + polarity, ValueType.DIRECTLY_STANDARDISED_RATE, polarity,
                ComparisonMethod.CONFIDENCE_INTERVALS_TWO_LEVEL);
    }

    /** Area value 50 with 95% CI 48 to 52 and 99.8% CI 46 to 54. */
    private static Observation area(Indicator i) {
        return observation(i, 50.0, 48.0, 52.0, 46.0, 54.0);
    }

    @ParameterizedTest(name = "high is good, England {0}: {1} by {2}")
    @CsvSource(delimiter = '|', textBlock = """
            45.0 | GREEN | CI_99_8 | Better: higher and high is good | Two-level: higher, benchmark below the 99.8% confidence interval
            46.0 | GREEN | CI_95   | Better: higher and high is good | Two-level: higher, benchmark below the 95% but not the 99.8% confidence interval
            47.0 | GREEN | CI_95   | Better: higher and high is good | Two-level: higher, benchmark below the 95% but not the 99.8% confidence interval
            48.0 | AMBER | CI_95   | Similar to the benchmark        | Two-level: similar, benchmark inside the 95% confidence interval
            52.0 | AMBER | CI_95   | Similar to the benchmark        | Two-level: similar, benchmark inside the 95% confidence interval
            53.0 | RED   | CI_95   | Worse: lower and high is good   | Two-level: lower, benchmark above the 95% but not the 99.8% confidence interval
            54.0 | RED   | CI_95   | Worse: lower and high is good   | Two-level: lower, benchmark above the 95% but not the 99.8% confidence interval
            55.0 | RED   | CI_99_8 | Worse: lower and high is good   | Two-level: lower, benchmark above the 99.8% confidence interval
            """)
    void whenHighIsGood_thenOutside998IsTheStrongerResultAndOutside95OnlyTheOrdinaryOne(
            double england, Outcome outcome, Method method, String rule, String methodRule) {
        // Given a high-is-good area of 50 (95%: 48 to 52, 99.8%: 46 to 54)
        Indicator i = twoLevel(Polarity.HIGH_IS_GOOD);
        Observation o = area(i);

        // When it is compared with England
        Compared c = evaluate(i, o, benchmark(o, Comparator.ENGLAND, england));

        // Then the level of the interval the benchmark falls outside decides the method
        assertEquals(outcome, c.rating(Comparator.ENGLAND).outcome());
        assertEquals(method, c.rating(Comparator.ENGLAND).method());
        assertEquals(rule, c.rule(Comparator.ENGLAND));
        assertEquals(methodRule, c.differenceRule(Comparator.ENGLAND));
    }

    @Test
    void whenLowIsGoodAndBenchmarkLiesAbove998_thenStrongerGreen() {
        // Given a low-is-good area of 50 (99.8% CI up to 54) and England at 60
        Indicator i = twoLevel(Polarity.LOW_IS_GOOD);
        Observation o = area(i);

        // When it is compared
        Compared c = evaluate(i, o, benchmark(o, Comparator.ENGLAND, 60.0));

        // Then it is better at the 99.8% level
        assertEquals(Outcome.GREEN, c.rating(Comparator.ENGLAND).outcome());
        assertEquals(Method.CI_99_8, c.rating(Comparator.ENGLAND).method());
        assertEquals("Better: lower and low is good", c.rule(Comparator.ENGLAND));
        assertEquals(LOWER_998, c.differenceRule(Comparator.ENGLAND));
    }

    @Test
    void whenLowIsGoodAndBenchmarkLiesBelow95Only_thenOrdinaryRed() {
        // Given a low-is-good area of 50 (95%: 48 to 52, 99.8%: 46 to 54) and England at 47
        Indicator i = twoLevel(Polarity.LOW_IS_GOOD);
        Observation o = area(i);

        // When it is compared
        Compared c = evaluate(i, o, benchmark(o, Comparator.ENGLAND, 47.0));

        // Then it is worse at the 95% level only
        assertEquals(Outcome.RED, c.rating(Comparator.ENGLAND).outcome());
        assertEquals(Method.CI_95, c.rating(Comparator.ENGLAND).method());
        assertEquals("Worse: higher and low is good", c.rule(Comparator.ENGLAND));
        assertEquals(HIGHER_95, c.differenceRule(Comparator.ENGLAND));
    }

    @Test
    void whenThe998CiIsUnknown_thenThe95TestAloneApplies() {
        // Given a high-is-good area with a 95% CI only, and England far below it
        Indicator i = twoLevel(Polarity.HIGH_IS_GOOD);
        Observation o = observation(i, 50.0, 48.0, 52.0);

        // When it is compared
        Compared c = evaluate(i, o, benchmark(o, Comparator.ENGLAND, 10.0),
                benchmark(o, Comparator.REGION, 90.0));

        // Then it is an ordinary (95%) result however far away the benchmark is
        assertEquals(Outcome.GREEN, c.rating(Comparator.ENGLAND).outcome());
        assertEquals(Method.CI_95, c.rating(Comparator.ENGLAND).method());
        assertEquals(HIGHER_95, c.differenceRule(Comparator.ENGLAND));
        assertEquals(Outcome.RED, c.rating(Comparator.REGION).outcome());
        assertEquals(Method.CI_95, c.rating(Comparator.REGION).method());
        assertEquals(LOWER_95, c.differenceRule(Comparator.REGION));
    }

    @Test
    void whenBenchmarkLiesInsideThe95Ci_thenAmber() {
        // Given a high-is-good area of 50 (48 to 52) and England at 51
        Indicator i = twoLevel(Polarity.HIGH_IS_GOOD);
        Observation o = area(i);

        // When it is compared
        Compared c = evaluate(i, o, benchmark(o, Comparator.ENGLAND, 51.0));

        // Then similar, by the two-level rule rather than the one-level CI rule
        assertEquals(Outcome.AMBER, c.rating(Comparator.ENGLAND).outcome());
        assertEquals("Similar to the benchmark", c.rule(Comparator.ENGLAND));
        assertEquals(SIMILAR, c.differenceRule(Comparator.ENGLAND));
    }
}
