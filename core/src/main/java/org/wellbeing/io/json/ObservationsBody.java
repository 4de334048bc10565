package org.wellbeing.io.json;

import java.util.List;
import org.wellbeing.model.TownArea;
import org.wellbeing.model.Benchmark;
import org.wellbeing.model.Observation;
import org.wellbeing.model.QualityFlag;

/**
 * Observations read from a JSON body, with the area they describe, one benchmark per comparator given, and the
 * quality flags the body gave them.
 */
public record ObservationsBody(TownArea area, List<Observation> observations, List<Benchmark> benchmarks,
                               List<QualityFlag> flags) {
    public ObservationsBody {
        observations = List.copyOf(observations);
        benchmarks = List.copyOf(benchmarks);
        flags = List.copyOf(flags);
    }
}
