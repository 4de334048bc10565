package org.wellbeing.io.fingertips;

import org.wellbeing.model.Benchmark;
import org.wellbeing.model.Comparator;
import org.wellbeing.model.Observation;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Engine facts made from Fingertips rows: the observations, for each of them one benchmark per
 * comparator (England, region, neighbours), and the official labels by observation key.
 *
 * @param duplicates rows left out because an earlier row had the same observation key, as "file.csv:12" (file and line)
 */
public record FingertipsFacts(List<Observation> observations, List<Benchmark> benchmarks,
                              Map<String, OfficialLabels> labels, List<String> duplicates) {

    public FingertipsFacts {
        observations = List.copyOf(observations);
        benchmarks = List.copyOf(benchmarks);
        labels = Map.copyOf(labels);
        duplicates = List.copyOf(duplicates);
    }

    /** The benchmark of one observation against one comparator. */
    public Optional<Benchmark> benchmark(String observationKey, Comparator comparator) {
        return benchmarks.stream()
                .filter(b -> b.observationKey().equals(observationKey) && b.comparator() == comparator)
                .findFirst();
    }

    public Optional<OfficialLabels> labels(String observationKey) {
        return Optional.ofNullable(labels.get(observationKey));
    }
}
