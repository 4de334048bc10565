package org.wellbeing.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.wellbeing.engine.Evaluation;
import org.wellbeing.service.Analysis;
import org.wellbeing.io.fingertips.ErrorMode;
import org.wellbeing.io.fingertips.FingertipsDataset;
import org.wellbeing.report.FingertipsParity;
import org.wellbeing.rules.RuleBase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Checks the engine against the official comparisons in Fingertips downloads. */
@Command(name = "fingertips-parity", mixinStandardHelpOptions = true,
        description = "Compare the engine's england/region outcomes with the official ones in Fingertips files.")
final class FingertipsParityCommand implements Callable<Integer> {
    @Mixin RulesOptions engine;
    @Spec CommandSpec spec;

    @Mixin FingertipsCatalogueOption catalogue;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Fingertips 'all data' CSV downloads")
    List<Path> files;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        InputFiles.check(files);
        InputFiles.check(catalogue.file);
        RuleBase rules = engine.compileRules();
        int matched = 0;
        int compared = 0;
        for (Path file : files) {
            FingertipsDataset data = FingertipsDataset.read(file, catalogue.file, ErrorMode.REFUSE_FILE);
            Evaluation evaluation = Analysis.of(rules, data.facts()).evaluation();
            FingertipsParity parity = FingertipsParity.of(file.toString(), data, evaluation);
            out.printf("%s: matched %d of %d%n", file, parity.matched(), parity.compared());
            parity.mismatches().forEach(m -> out.println("  mismatch: " + m));
            matched += parity.matched();
            compared += parity.compared();
        }
        out.printf("parity: %d/%d%n", matched, compared);
        out.flush();
        return matched == compared ? 0 : 1;
    }
}
