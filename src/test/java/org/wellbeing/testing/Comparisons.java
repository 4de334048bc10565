package org.wellbeing.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.wellbeing.engine.Evaluation;
import org.wellbeing.engine.Evaluator;
import org.wellbeing.model.Facts;
import org.wellbeing.engine.Firing;
import org.wellbeing.model.Benchmark;
import org.wellbeing.model.Comparator;
import org.wellbeing.model.ComparisonMethod;
import org.wellbeing.model.Difference;
import org.wellbeing.model.Goal;
import org.wellbeing.model.Indicator;
import org.wellbeing.model.Observation;
import org.wellbeing.model.Polarity;
import org.wellbeing.model.Rating;
import org.wellbeing.model.ValueType;

/**
 * Hand-made facts for one indicator and one observation, evaluated on the bundled rules, and the
 * outcome per comparator together with the rule that produced it.
 */
public final class Comparisons {
    public static final String AREA_CODE = "E06000032";
    public static final String PERIOD = "2022/23";

    private Comparisons() {}

    public static Indicator indicator(String id, ValueType valueType, Polarity polarity, ComparisonMethod method) {
        return indicator(id, valueType, polarity, method, null);
    }

    public static Indicator indicator(String id, ValueType valueType, Polarity polarity, ComparisonMethod method,
                                      Goal goal) {
        return new Indicator(id, "Test indicator " + id, "percent", valueType, polarity, "test", List.of(),
                method, goal, "test");
    }

    /** An observation with no confidence interval (the town's tables). */
    public static Observation observation(Indicator i, Double value) {
        return observation(i, value, null, null, null, null);
    }

    /** An observation with its 95% confidence interval. */
    public static Observation observation(Indicator i, Double value, Double lower95, Double upper95) {
        return observation(i, value, lower95, upper95, null, null);
    }

    /** An observation with its 95% and 99.8% confidence intervals. */
    public static Observation observation(Indicator i, Double value, Double lower95, Double upper95,
                                          Double lower998, Double upper998) {
        return new Observation(i.id(), AREA_CODE, "Luton", PERIOD, PERIOD, "", value, lower95, upper95,
                lower998, upper998, null, null, "");
    }

    /** A benchmark value for one comparator (null: the source gives none). */
    public static Benchmark benchmark(Observation o, Comparator comparator, Double value) {
        return new Benchmark(o.key(), comparator, value, null, null, comparator.label() + " benchmark");
    }

    /** The area's rank among its nearest neighbours, 1 the best. */
    public static Benchmark neighbourRank(Observation o, int rank, int of) {
        return new Benchmark(o.key(), Comparator.NEIGHBOURS, null, rank, of, "nearest neighbours");
    }

    /** Evaluates the facts on the bundled rules; every comparison must end with exactly one outcome. */
    public static Compared evaluate(Indicator i, Observation o, Benchmark... benchmarks) {
        Evaluation evaluation = new Evaluator().evaluate(BundledRules.ruleBase(),
                new Facts(List.of(i), List.of(o), List.of(benchmarks)));
        assertEquals(List.of(), evaluation.problems(), "every comparison should end with exactly one outcome");
        return new Compared(evaluation, o);
    }

    /** What the evaluation of one observation gave, comparator by comparator. */
    public record Compared(Evaluation evaluation, Observation observation) {

        /** The one rating of the observation against {@code comparator}. */
        public Rating rating(Comparator comparator) {
            List<Rating> found = evaluation.ratings().stream()
                    .filter(r -> r.observationKey().equals(observation.key()) && r.comparator() == comparator)
                    .toList();
            assertEquals(1, found.size(), () -> "ratings against " + comparator + ": " + found);
            return found.get(0);
        }

        /** The rule that inserted the rating against {@code comparator}. */
        public String rule(Comparator comparator) {
            return evaluation.ruleFor(rating(comparator));
        }

        /** The file (relative to rules/) of the rule that inserted the rating against {@code comparator}. */
        public String ruleFile(Comparator comparator) {
            return evaluation.firingFor(rating(comparator)).map(Firing::file).orElse("");
        }

        /** The rule that decided higher/similar/lower against {@code comparator} (the method rule). */
        public String differenceRule(Comparator comparator) {
            return evaluation.ruleFor(difference(comparator));
        }

        /** The difference against {@code comparator}. */
        public Difference difference(Comparator comparator) {
            List<Difference> found = evaluation.derived(Difference.class).stream()
                    .filter(d -> d.observationKey().equals(observation.key()) && d.comparator() == comparator)
                    .toList();
            assertEquals(1, found.size(), () -> "differences against " + comparator + ": " + found);
            return found.get(0);
        }
    }
}
