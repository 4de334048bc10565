package org.wellbeing.io.town;

import org.wellbeing.model.Board;
import org.wellbeing.model.TownArea;
import java.util.List;
import org.wellbeing.model.Facts;
import org.wellbeing.model.Indicator;
import org.wellbeing.model.Workstream;
import org.wellbeing.model.WorkstreamLink;

/**
 * A town's bundled data set: its indicator catalogue, its observations with their benchmarks, its boards
 * with their workstreams and the indicator-to-workstream mapping, ready to be evaluated. The workstreams
 * and links are also among the facts' {@code others}, for the priority rules.
 */
public record TownDataset(String directory, TownArea area, List<Indicator> indicators, List<Board> boards,
                          List<WorkstreamLink> links, Facts facts) {

    public TownDataset {
        boards = List.copyOf(boards);
        links = List.copyOf(links);
    }

    public List<String> periods() {
        return facts.observations().stream().map(o -> o.period()).distinct().sorted().toList();
    }

    /** Every board's workstreams, board by board in file order. */
    public List<Workstream> workstreams() {
        return boards.stream().flatMap(b -> b.workstreams().stream()).toList();
    }
}
