package org.wellbeing.testing;

import java.util.List;
import org.wellbeing.model.Benchmark;
import org.wellbeing.model.Comparator;
import org.wellbeing.model.ComparisonMethod;
import org.wellbeing.model.Goal;
import org.wellbeing.model.Indicator;
import org.wellbeing.model.Observation;
import org.wellbeing.model.Polarity;
import org.wellbeing.model.ValueType;

/**
 * Hand-made facts for one indicator and one observation, for tests of the engine's mechanics on rule sets of
 * their own (what the bundled rules make of such facts is for the scenarios in rules/tests/).
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
}
