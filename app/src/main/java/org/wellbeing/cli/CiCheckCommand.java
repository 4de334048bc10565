package org.wellbeing.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.wellbeing.io.fingertips.FingertipsCsvReader;
import org.wellbeing.report.CiCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Which count method reproduces a Fingertips download's own 95% limits, per indicator. */
@Command(name = "ci-check", mixinStandardHelpOptions = true,
        description = "For a Fingertips download's rows with Count and Denominator: how many of the file's own 95% "
                + "limits each method reproduces (to 1e-6 relative, and within 0.1%), per indicator. A report, not a target.")
final class CiCheckCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "a Fingertips \"all data\" CSV download")
    Path file;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        var rows = new FingertipsCsvReader().read(file).rowsOrThrow();
        var checks = CiCheck.run(rows);
        if (checks.isEmpty()) out.println(file + ": no rows with a value, Count, Denominator and 95% limits");
        for (CiCheck.IndicatorCheck c : checks) {
            out.printf("indicator %s %s: %d rows with Count, Denominator and 95%% limits, multiplier %s%n",
                    c.indicatorId(), c.name(), c.rows(), org.wellbeing.engine.FactText.number(c.multiplier()));
            for (CiCheck.MethodCount m : c.methods()) {
                out.printf("  %-14s %d of %d reproduced (within 0.1%%: %d)%s%n", m.method().name(), m.matched(), c.rows(),
                        m.near(), m.refused() == 0 ? "" : ", " + m.refused() + " rows refused by the method");
            }
            out.printf("  %-14s %d of %d reproduced by at least one method%n", "any", c.byAnyMethod(), c.rows());
        }
        out.flush();
        return 0;
    }
}
