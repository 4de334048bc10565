package org.wellbeing.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.wellbeing.testing.Comparisons.benchmark;
import static org.wellbeing.testing.Comparisons.evaluate;
import static org.wellbeing.testing.Comparisons.indicator;
import static org.wellbeing.testing.Comparisons.observation;

import java.util.List;
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
import org.wellbeing.model.Rating;
import org.wellbeing.model.Threshold;
import org.wellbeing.model.ToleranceBand;
import org.wellbeing.model.ValueType;
import org.wellbeing.testing.Comparisons.Compared;

/** No CI known: a relative difference within the value type's similar-band (rules/thresholds.drl) is similar. */
class ToleranceBandComparisonTest {
    private static final String WITHIN = "Similar: no confidence interval, within the similar-band of the benchmark";
    private static final String ABOVE = "Higher: no confidence interval, above the similar-band of the benchmark";
    private static final String BELOW = "Lower: no confidence interval, below the similar-band of the benchmark";

    @ParameterizedTest(name = "{0}: {2} against England {1} is {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # value type                 | England | area  | outcome | rule
            MEAN                         | 80      | 80.3  | AMBER   | Similar to the benchmark
            MEAN                         | 80      | 80.5  | GREEN   | Better: higher and high is good
            MEAN                         | 80      | 79.5  | RED     | Worse: lower and high is good
            PROPORTION                   | 50      | 51.5  | AMBER   | Similar to the benchmark
            PROPORTION                   | 50      | 48.5  | AMBER   | Similar to the benchmark
            PROPORTION                   | 50      | 52.5  | GREEN   | Better: higher and high is good
            PROPORTION                   | 50      | 47.5  | RED     | Worse: lower and high is good
            CRUDE_RATE                   | 100     | 115   | AMBER   | Similar to the benchmark
            CRUDE_RATE                   | 100     | 125   | GREEN   | Better: higher and high is good
            DIRECTLY_STANDARDISED_RATE   | 100     | 85    | AMBER   | Similar to the benchmark
            DIRECTLY_STANDARDISED_RATE   | 100     | 75    | RED     | Worse: lower and high is good
            SCORE                        | 100     | 104   | AMBER   | Similar to the benchmark
            SCORE                        | 100     | 106   | GREEN   | Better: higher and high is good
            COUNT                        | 100     | 94    | RED     | Worse: lower and high is good
            RATIO                        | 100     | 96    | AMBER   | Similar to the benchmark
            OTHER                        | 100     | 106   | GREEN   | Better: higher and high is good
            """)
    void whenNoCiIsKnown_thenTheValueTypesBandDecides(ValueType type, double england, double value,
                                                       Outcome outcome, String rule) {
        // Given a high-is-good indicator of the value type, an area value with no CI, and England
        Indicator i = indicator("band-" + type, type, Polarity.HIGH_IS_GOOD, ComparisonMethod.CONFIDENCE_INTERVALS_OR_TOLERANCE);
        Observation o = observation(i, value);

        // When it is compared
        Compared c = evaluate(i, o, benchmark(o, Comparator.ENGLAND, england));

        // Then the band decides, recorded as a tolerance judgement (no significance test possible)
        Rating r = c.rating(Comparator.ENGLAND);
        assertEquals(outcome, r.outcome());
        assertEquals(Method.TOLERANCE, r.method());
        assertTrue(r.reason().text().contains("no CI, so no significance test"), r.reason().text());
        assertEquals(rule, c.rule(Comparator.ENGLAND));
        String expectedMethodRule = outcome == Outcome.AMBER ? WITHIN : outcome == Outcome.GREEN ? ABOVE : BELOW;
        assertEquals(expectedMethodRule, c.differenceRule(Comparator.ENGLAND));
    }

    @ParameterizedTest(name = "{0}: {2} against England {1} lies on the band's edge")
    @CsvSource(delimiter = '|', textBlock = """
            MEAN        | 200 | 201
            MEAN        | 200 | 199
            PROPORTION  | 200 | 208
            PROPORTION  | 200 | 192
            CRUDE_RATE  | 100 | 120
            CRUDE_RATE  | 100 | 80
            OTHER       | 200 | 210
            OTHER       | 200 | 190
            MEAN        | 80  | 80.4
            MEAN        | 80  | 79.6
            PROPORTION  | 64  | 66.56
            """)
    void whenTheDifferenceIsExactlyTheBand_thenSimilar(ValueType type, double england, double value) {
        // Given an area value exactly one band away from England
        Indicator i = indicator("edge-" + type, type, Polarity.LOW_IS_GOOD, ComparisonMethod.CONFIDENCE_INTERVALS_OR_TOLERANCE);
        Observation o = observation(i, value);

        // When it is compared
        Compared c = evaluate(i, o, benchmark(o, Comparator.ENGLAND, england));

        // Then the band's edge counts as within: AMBER
        assertEquals(Outcome.AMBER, c.rating(Comparator.ENGLAND).outcome());
        assertEquals(Method.TOLERANCE, c.rating(Comparator.ENGLAND).method());
        assertEquals("Similar to the benchmark", c.rule(Comparator.ENGLAND));
        assertEquals(WITHIN, c.differenceRule(Comparator.ENGLAND));
    }

    @Test
    void whenLowIsGoodAndTheAreaIsAboveTheBand_thenRed() {
        // Given a low-is-good rate of 130 per 100,000 against England 100 (band 20%)
        Indicator i = indicator("band-low", ValueType.CRUDE_RATE, Polarity.LOW_IS_GOOD, ComparisonMethod.CONFIDENCE_INTERVALS_OR_TOLERANCE);
        Observation o = observation(i, 130.0);

        // When it is compared with England and with a region at 200
        Compared c = evaluate(i, o, benchmark(o, Comparator.ENGLAND, 100.0), benchmark(o, Comparator.REGION, 200.0));

        // Then higher than England is worse, lower than the region is better
        assertEquals(Outcome.RED, c.rating(Comparator.ENGLAND).outcome());
        assertEquals("Worse: higher and low is good", c.rule(Comparator.ENGLAND));
        assertEquals(ABOVE, c.differenceRule(Comparator.ENGLAND));
        assertEquals(Outcome.GREEN, c.rating(Comparator.REGION).outcome());
        assertEquals("Better: lower and low is good", c.rule(Comparator.REGION));
        assertEquals(BELOW, c.differenceRule(Comparator.REGION));
    }

    @Test
    void whenTheValueTypeIsMean_thenTheBandInForceIsSimilarBandMeanOfHalfAPercent() {
        // Given a mean (life expectancy) with no CI
        Indicator i = indicator("life-expectancy", ValueType.MEAN, Polarity.HIGH_IS_GOOD, ComparisonMethod.CONFIDENCE_INTERVALS_OR_TOLERANCE);
        Observation o = observation(i, 78.1);

        // When it is compared
        Compared c = evaluate(i, o, benchmark(o, Comparator.ENGLAND, 79.4));

        // Then the band is the named threshold similar.band.mean = 0.5%, matched (so audited) by the band rule
        List<ToleranceBand> bands = c.evaluation().derived(ToleranceBand.class);
        assertEquals(List.of(new ToleranceBand(i.id(), 0.5, "similar.band.mean")), bands);
        var firing = c.evaluation().firingFor(bands.get(0)).orElseThrow();
        assertEquals("Similar-band for means such as life expectancy", firing.rule());
        assertEquals("compare/tolerance.drl", firing.file());
        assertTrue(firing.matched().contains(new Threshold("similar.band.mean", 0.5, "% of benchmark")),
                firing.matched().toString());
        assertTrue(c.rating(Comparator.ENGLAND).reason().text().contains("(similar.band.mean)"),
                c.rating(Comparator.ENGLAND).reason().text());
    }

    @ParameterizedTest(name = "{0} reads {1} = {2}%")
    @CsvSource(delimiter = '|', textBlock = """
            MEAN                       | similar.band.mean       | 0.5
            PROPORTION                 | similar.band.proportion | 4.0
            CRUDE_RATE                 | similar.band.rate       | 20.0
            DIRECTLY_STANDARDISED_RATE | similar.band.rate       | 20.0
            SCORE                      | similar.band.other      | 5.0
            COUNT                      | similar.band.other      | 5.0
            RATIO                      | similar.band.other      | 5.0
            OTHER                      | similar.band.other      | 5.0
            """)
    void eachValueTypeGetsExactlyOneBandFromItsNamedThreshold(ValueType type, String threshold, double percent) {
        // Given an indicator of the value type
        Indicator i = indicator("type-" + type, type, Polarity.HIGH_IS_GOOD, ComparisonMethod.CONFIDENCE_INTERVALS_OR_TOLERANCE);
        Observation o = observation(i, 10.0);

        // When it is evaluated
        Compared c = evaluate(i, o, benchmark(o, Comparator.ENGLAND, 10.0));

        // Then exactly one band is in force, the one for its value type
        assertEquals(List.of(new ToleranceBand(i.id(), percent, threshold)),
                c.evaluation().derived(ToleranceBand.class));
    }

    @Test
    void whenAStrictCiIndicatorHasNoCi_thenItIsNotCompared() {
        // Given indicators configured for CIs only (Fingertips' way) whose observation has no CI at all
        for (ComparisonMethod strict : List.of(ComparisonMethod.CONFIDENCE_INTERVALS,
                ComparisonMethod.CONFIDENCE_INTERVALS_TWO_LEVEL, ComparisonMethod.CONTROL_LIMITS_PROPORTIONS)) {
            Indicator i = indicator("strict-no-ci-" + strict, ValueType.PROPORTION, Polarity.HIGH_IS_GOOD, strict);
            Observation o = observation(i, 60.0);

            // When it is compared with England at 50
            Compared c = evaluate(i, o, benchmark(o, Comparator.ENGLAND, 50.0));

            // Then no band is applied: not compared, saying a CI is needed
            assertEquals(Outcome.NOT_COMPARED, c.rating(Comparator.ENGLAND).outcome(), strict.name());
            assertEquals("Not compared: no confidence interval for the area, and the method needs one",
                    c.rule(Comparator.ENGLAND));
            assertTrue(c.rating(Comparator.ENGLAND).reason().text().contains("needs one"));
        }
    }
}
