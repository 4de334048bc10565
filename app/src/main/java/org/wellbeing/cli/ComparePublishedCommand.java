package org.wellbeing.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.wellbeing.engine.Evaluation;
import org.wellbeing.service.Analysis;
import org.wellbeing.io.town.PublishedRatingsReader;
import org.wellbeing.io.town.TownDataset;
import org.wellbeing.report.PublishedAgreement;
import org.wellbeing.rules.RuleBase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** How far the engine agrees with ratings a town published by hand, comparator by comparator. */
@Command(name = "compare-published", mixinStandardHelpOptions = true,
        description = "Agreement of the engine's england/region/neighbours outcomes with a file of published ratings.")
final class ComparePublishedCommand implements Callable<Integer> {
    @Mixin EngineOptions engine;
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "published ratings: indicator_id,time_period,cmp_england,cmp_region,cmp_nn,trend")
    Path file;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        InputFiles.check(file);
        TownDataset data = engine.readData();
        RuleBase rules = engine.compileRules();
        Evaluation evaluation = Analysis.of(rules, data.facts()).evaluation();
        PublishedAgreement agreement = PublishedAgreement.of(PublishedRatingsReader.read(file), data, evaluation);
        out.print(agreement.render());
        out.flush();
        return Problems.report(evaluation, spec.commandLine().getErr());
    }
}
