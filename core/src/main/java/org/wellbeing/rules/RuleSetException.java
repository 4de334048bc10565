package org.wellbeing.rules;

import java.util.List;
import java.util.stream.Collectors;

/** Rule files that could not be compiled or validated; the problems name file and line. */
public class RuleSetException extends Exception {
    private final List<RuleProblem> problems;

    public RuleSetException(List<RuleProblem> problems) {
        super(problems.stream().map(RuleProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<RuleProblem> problems() {
        return problems;
    }
}
