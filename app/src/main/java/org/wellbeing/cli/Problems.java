package org.wellbeing.cli;

import java.io.PrintWriter;
import org.wellbeing.engine.Evaluation;

/** Reports gaps and conflicts in an evaluation: they are errors, never a silent result. */
final class Problems {
    private Problems() {}

    /** Prints each coverage problem and returns the exit code: 0 when there are none, 1 otherwise. */
    static int report(Evaluation evaluation, PrintWriter err) {
        evaluation.problems().forEach(err::println);
        err.flush();
        return evaluation.problems().isEmpty() ? 0 : 1;
    }
}
