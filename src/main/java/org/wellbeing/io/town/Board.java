package org.wellbeing.io.town;

import java.util.List;

/** A board from {@code boards.json}: the outcomes it aims at and the workstreams it owns. */
public record Board(String id, String name, String lifecourse, List<String> targetOutcomes, List<Workstream> workstreams) {
    public Board {
        targetOutcomes = List.copyOf(targetOutcomes);
        workstreams = List.copyOf(workstreams);
    }

    /** A workstream a board owns, with its own actions. */
    public record Workstream(String id, String name, List<String> actions) {
        public Workstream {
            actions = List.copyOf(actions);
        }
    }
}
