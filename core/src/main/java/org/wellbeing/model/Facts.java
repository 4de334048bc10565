package org.wellbeing.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The input of one evaluation: the catalogue, the observations and their benchmarks, and any other
 * input facts (supplied trend labels, workstream mappings, ...).
 */
public record Facts(List<Indicator> indicators, List<Observation> observations, List<Benchmark> benchmarks,
                    List<Object> others) {

    /**
     * Every observation is compared with every comparator, so a comparator the source gives nothing for
     * gets an empty benchmark here; the rules then say "not compared" with the reason.
     */
    public Facts {
        indicators = List.copyOf(indicators);
        observations = List.copyOf(observations);
        benchmarks = withEmptyBenchmarksFilledIn(observations, benchmarks);
        others = List.copyOf(others);
    }

    private static List<Benchmark> withEmptyBenchmarksFilledIn(List<Observation> observations, List<Benchmark> given) {
        Set<String> present = new HashSet<>();
        given.forEach(b -> present.add(b.observationKey() + "#" + b.comparator()));
        List<Benchmark> all = new ArrayList<>(given);
        for (Observation o : observations) {
            for (Comparator c : Comparator.values()) {
                if (!present.contains(o.key() + "#" + c)) {
                    all.add(new Benchmark(o.key(), c, null, null, null,
                            c == Comparator.GOAL ? "goal from the catalogue" : "not given"));
                }
            }
        }
        return List.copyOf(all);
    }

    public Facts(List<Indicator> indicators, List<Observation> observations, List<Benchmark> benchmarks) {
        this(indicators, observations, benchmarks, List.of());
    }

    /** Every fact in insertion order. */
    public List<Object> all() {
        List<Object> all = new ArrayList<>(indicators.size() + observations.size() + benchmarks.size() + others.size());
        all.addAll(indicators);
        all.addAll(observations);
        all.addAll(benchmarks);
        all.addAll(others);
        return all;
    }

    /** The same facts restricted to one reporting period. */
    public Facts forPeriod(String period) {
        List<Observation> kept = observations.stream().filter(o -> o.period().equals(period)).toList();
        Set<String> keys = new HashSet<>();
        kept.forEach(o -> keys.add(o.key()));
        return new Facts(indicators, kept,
                benchmarks.stream().filter(b -> keys.contains(b.observationKey())).toList(), others);
    }
}
