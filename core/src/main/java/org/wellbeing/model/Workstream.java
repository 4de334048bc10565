package org.wellbeing.model;

import java.util.List;

/**
 * A board's workstream, with the actions it has committed to. A workstream id is unique within its board
 * only: the same id may recur under two boards ("community-hubs"), so rules match on board and id together.
 */
public record Workstream(String id, String boardId, String name, List<String> actions) {
    public Workstream {
        actions = List.copyOf(actions);
    }
}
