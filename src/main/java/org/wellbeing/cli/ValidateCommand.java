package org.wellbeing.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.wellbeing.engine.Evaluation;
import org.wellbeing.engine.Evaluator;
import org.wellbeing.io.town.TownDataset;
import org.wellbeing.rules.RuleBase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * Checks a rules directory before it goes live: it must compile, and on the bundled data every
 * indicator x period x comparator must get exactly one outcome. Problems are printed as FILE:LINE: message.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check that the rules compile and give exactly one outcome per comparison on the data.")
final class ValidateCommand implements Callable<Integer> {
    @Mixin EngineOptions engine;
    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        RuleBase rules = engine.compileRules();
        TownDataset data = engine.readData();
        Evaluation evaluation = new Evaluator().evaluate(rules, data.facts());
        int status = Problems.report(evaluation, spec.commandLine().getErr());
        if (status == 0) {
            out.printf("OK: %d rules in %d files (rule set %s); %d comparisons on %s, each with exactly one outcome%n",
                    rules.rules().size(), rules.files().size(), rules.shortVersion(), evaluation.ratings().size(),
                    engine.data);
        } else {
            out.printf("FAILED: %d problems%n", evaluation.problems().size());
        }
        return status;
    }
}
