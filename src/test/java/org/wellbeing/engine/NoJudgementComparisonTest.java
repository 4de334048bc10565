package org.wellbeing.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.wellbeing.testing.Comparisons.benchmark;
import static org.wellbeing.testing.Comparisons.evaluate;
import static org.wellbeing.testing.Comparisons.indicator;
import static org.wellbeing.testing.Comparisons.observation;

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

/** Indicators with no polarity are HIGHER, SIMILAR or LOWER, never a colour of good or bad. */
class NoJudgementComparisonTest {
    private static final String RULE = "No judgement: higher, similar or lower only";
    private static final Indicator NO_JUDGEMENT =
            indicator("no-judgement", ValueType.PROPORTION, Polarity.NO_JUDGEMENT, ComparisonMethod.CONFIDENCE_INTERVALS_OR_TOLERANCE);

    @ParameterizedTest(name = "CI 48 to 52, England {0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            40 | HIGHER  | Higher: benchmark below the area's 95% confidence interval
            50 | SIMILAR | Similar: benchmark inside the area's 95% confidence interval
            52 | SIMILAR | Similar: benchmark inside the area's 95% confidence interval
            60 | LOWER   | Lower: benchmark above the area's 95% confidence interval
            """)
    void whenACiIsKnown_thenHigherSimilarOrLower(double england, Outcome outcome, String methodRule) {
        // Given an indicator with no polarity, an area of 50 (48 to 52)
        Observation o = observation(NO_JUDGEMENT, 50.0, 48.0, 52.0);

        // When it is compared with England
        Compared c = evaluate(NO_JUDGEMENT, o, benchmark(o, Comparator.ENGLAND, england));

        // Then the direction alone is reported
        assertEquals(outcome, c.rating(Comparator.ENGLAND).outcome());
        assertEquals(Method.CI_95, c.rating(Comparator.ENGLAND).method());
        assertEquals(RULE, c.rule(Comparator.ENGLAND));
        assertEquals(methodRule, c.differenceRule(Comparator.ENGLAND));
    }

    @ParameterizedTest(name = "no CI, 50 against England {0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            40 | HIGHER  | Higher: no confidence interval, above the similar-band of the benchmark
            49 | SIMILAR | Similar: no confidence interval, within the similar-band of the benchmark
            60 | LOWER   | Lower: no confidence interval, below the similar-band of the benchmark
            """)
    void whenNoCiIsKnown_thenHigherSimilarOrLowerByTheBand(double england, Outcome outcome, String methodRule) {
        // Given an indicator with no polarity and an area of 50 with no CI
        Observation o = observation(NO_JUDGEMENT, 50.0);

        // When it is compared with England
        Compared c = evaluate(NO_JUDGEMENT, o, benchmark(o, Comparator.ENGLAND, england));

        // Then the band gives the direction, with no colour
        assertEquals(outcome, c.rating(Comparator.ENGLAND).outcome());
        assertEquals(Method.TOLERANCE, c.rating(Comparator.ENGLAND).method());
        assertEquals(RULE, c.rule(Comparator.ENGLAND));
        assertEquals(methodRule, c.differenceRule(Comparator.ENGLAND));
    }
}
