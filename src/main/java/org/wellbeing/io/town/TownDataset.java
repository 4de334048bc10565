package org.wellbeing.io.town;

import java.util.List;
import org.wellbeing.engine.Facts;
import org.wellbeing.model.Indicator;

/**
 * A town's bundled data set: its indicator catalogue and its observations with their benchmarks,
 * ready to be evaluated.
 */
public record TownDataset(String directory, TownArea area, List<Indicator> indicators, Facts facts) {

    public List<String> periods() {
        return facts.observations().stream().map(o -> o.period()).distinct().sorted().toList();
    }
}
