package org.wellbeing.rules;

import java.util.List;

/**
 * A check a compiled rule base must pass before it goes live, beyond compiling: for example that it
 * gives exactly one outcome per comparison on the bundled data. Problems name file and line.
 */
@FunctionalInterface
public interface RuleCheck {

    /** The problems found; empty when the rule base may go live. */
    List<RuleProblem> check(RuleBase candidate);

    /** A check that accepts every rule base that compiles. */
    static RuleCheck none() {
        return candidate -> List.of();
    }
}
