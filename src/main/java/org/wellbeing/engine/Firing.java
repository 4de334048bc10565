package org.wellbeing.engine;

import java.util.List;

/**
 * One rule firing: which rule (its stable id and its title), where it is written, the facts it matched and
 * the facts it inserted. Matched facts include the thresholds in force, because rules match on them.
 */
public record Firing(int sequence, String ruleId, String rule, String file, int line, List<Object> matched,
                     List<Object> inserted) {

    /** The same firing numbered {@code sequence}. */
    Firing renumbered(int sequence) {
        return new Firing(sequence, ruleId, rule, file, line, matched, inserted);
    }
}
