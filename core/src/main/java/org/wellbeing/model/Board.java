package org.wellbeing.model;

import java.util.List;

/** A delivery board of the strategy, from a data set's {@code boards.json}, with its workstreams in file order. */
public record Board(String id, String name, String lifecourse, List<String> targetOutcomes,
                    List<Workstream> workstreams) {
    public Board {
        targetOutcomes = List.copyOf(targetOutcomes);
        workstreams = List.copyOf(workstreams);
    }
}
