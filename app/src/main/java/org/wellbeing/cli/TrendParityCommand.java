package org.wellbeing.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.wellbeing.io.CatalogueReader;
import org.wellbeing.io.fingertips.next.FingertipsNextReader;
import org.wellbeing.io.fingertips.next.FingertipsNextSeries;
import org.wellbeing.report.EngineTrendParity;
import org.wellbeing.rules.RuleBase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Recomputes the official Recent Trend labels of a FingertipsNext extract with the engine's trend rules. */
@Command(name = "trend-parity", mixinStandardHelpOptions = true,
        description = "Recompute official Recent Trend labels (FingertipsNext 15-column extract) with the trend rules.")
final class TrendParityCommand implements Callable<Integer> {
    @Mixin RulesOptions engine;
    @Spec CommandSpec spec;

    @Mixin FingertipsCatalogueOption catalogue;

    @Parameters(paramLabel = "FILE", description = "the FingertipsNext healthdata.csv extract")
    Path file;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        InputFiles.check(java.util.List.of(file, catalogue.file));
        RuleBase rules = engine.compileRules();
        var series = FingertipsNextSeries.group(FingertipsNextReader.read(file));
        EngineTrendParity parity = EngineTrendParity.run(rules, CatalogueReader.read(catalogue.file), series);
        parity.mismatches().forEach(m -> out.println("mismatch: " + m));
        out.printf("trend parity: %d/%d%n", parity.matched(), parity.compared());
        out.flush();
        return parity.matched() == parity.compared() ? 0 : 1;
    }
}
