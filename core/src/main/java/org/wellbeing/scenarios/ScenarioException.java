package org.wellbeing.scenarios;

import java.util.List;
import java.util.stream.Collectors;

/** Scenario files that could not be read; each problem names the file, the line and the YAML field path. */
public class ScenarioException extends Exception {
    private final List<ScenarioProblem> problems;

    public ScenarioException(List<ScenarioProblem> problems) {
        super(problems.stream().map(ScenarioProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<ScenarioProblem> problems() {
        return problems;
    }
}
