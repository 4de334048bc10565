package org.wellbeing.bench;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wellbeing.testing.BundledRules;
import org.wellbeing.engine.Evaluation;
import org.wellbeing.engine.Evaluator;
import org.wellbeing.model.Outcome;
import org.wellbeing.model.Rating;
import org.wellbeing.model.Trend;
import org.wellbeing.rules.RuleBase;

/** The plain-Java baseline gives the engine's outcomes on generated data, so the benchmark's ratio compares like with like. */
class PlainRaterTest {
    static RuleBase rules;

    @BeforeAll
    static void compile() throws Exception {
        rules = BundledRules.ruleBase();
    }

    @Test
    void thresholds_are_read_from_the_rules() {
        Thresholds thresholds = Thresholds.of(rules);

        assertEquals(rules.thresholdNames(), thresholds.values().keySet());
        assertEquals(9.5495, thresholds.get("trend.significance.chi2"));
        assertThrows(IllegalStateException.class, () -> thresholds.get("no.such.threshold"));
    }

    @Test
    void plain_and_engine_agree_on_every_rating_trend_flag_score_and_finding_of_generated_areas() throws Exception {
        SyntheticData.Dataset data = SyntheticData.generate(SyntheticDataTest.catalogue(), 6, 5, 11L);

        Evaluation engine = new Evaluator().evaluate(rules, data.facts());
        PlainRater.Result plain = new PlainRater(Thresholds.of(rules)).rate(data.facts());
        Agreement agreement = Agreement.of(engine, plain);

        assertEquals(java.util.List.of(), agreement.examples());
        assertTrue(agreement.agrees());
        assertEquals(4 * data.observationCount(), agreement.ratings());
        assertEquals(data.observationCount(), agreement.trends());
        assertTrue(agreement.flags() > 0, "the data raise some worsening flags");
        assertEquals(data.observationCount(), agreement.scores());
        assertTrue(agreement.findings() > 0, "RED indicators with no workstream are findings");
        // the generated data reach the main paths of the rules, not only "not compared"
        for (Outcome o : new Outcome[] {Outcome.GREEN, Outcome.AMBER, Outcome.RED, Outcome.HIGHER, Outcome.LOWER,
                Outcome.NOT_COMPARED}) {
            assertTrue(plain.ratings().stream().map(Rating::outcome).anyMatch(o::equals), "some " + o);
        }
        for (String label : new String[] {"Increasing and getting worse", "Decreasing and getting better",
                "No significant change", "Comparable", "Worsening", "Significantly improving", "Cannot be calculated"}) {
            assertTrue(plain.trends().stream().map(Trend::label).anyMatch(label::equals), "some '" + label + "'");
        }
    }

    @Test
    void a_difference_is_reported_with_the_observation() throws Exception {
        SyntheticData.Dataset data = SyntheticData.generate(SyntheticDataTest.catalogue(), 1, 1, 11L);
        Evaluation engine = new Evaluator().evaluate(rules, data.facts());
        PlainRater.Result plain = new PlainRater(Thresholds.of(rules)).rate(data.facts());
        Rating first = plain.ratings().get(0);
        Rating changed = new Rating(first.observationKey(), first.indicatorId(), first.areaCode(), first.period(),
                first.comparator(), first.outcome() == Outcome.RED ? Outcome.GREEN : Outcome.RED, first.method(),
                first.value(), first.benchmark(), first.reason());
        java.util.List<Rating> ratings = new java.util.ArrayList<>(plain.ratings());
        ratings.set(0, changed);

        Agreement agreement = Agreement.of(engine, new PlainRater.Result(ratings, plain.trends(), plain.flags(),
                plain.scores(), plain.findings()));

        assertFalse(agreement.agrees());
        assertEquals(1, agreement.differing());
        assertTrue(agreement.examples().get(0).startsWith("rating " + first.observationKey() + " "
                + first.comparator().label() + ": engine " + first.outcome()), agreement.examples().get(0));
    }
}
