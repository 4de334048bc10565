package org.wellbeing.io.json;

import java.util.List;
import java.util.stream.Collectors;

/** A JSON body that was refused: malformed, or well-formed with fields that are missing or wrong. Lists every problem found. */
public class InvalidJsonException extends RuntimeException {
    private final transient List<FieldProblem> problems;

    public InvalidJsonException(List<FieldProblem> problems) {
        super(problems.size() + (problems.size() == 1 ? " problem: " : " problems: ")
                + problems.stream().limit(5).map(FieldProblem::toString).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public InvalidJsonException(String path, String message) {
        this(List.of(new FieldProblem(path, message)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
