package org.wellbeing.io.json;

import java.util.List;
import org.wellbeing.io.town.TownArea;
import org.wellbeing.model.Benchmark;
import org.wellbeing.model.Observation;

/** Observations read from a JSON body, with the area they describe and one benchmark per comparator given. */
public record ObservationsBody(TownArea area, List<Observation> observations, List<Benchmark> benchmarks) {
    public ObservationsBody {
        observations = List.copyOf(observations);
        benchmarks = List.copyOf(benchmarks);
    }
}
