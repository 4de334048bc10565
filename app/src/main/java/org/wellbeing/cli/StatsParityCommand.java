package org.wellbeing.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.wellbeing.stats.parity.FileParity;
import org.wellbeing.stats.parity.PheMethodsParity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The statistics methods against the reference results of PHEindicatormethods. */
@Command(name = "stats-parity", mixinStandardHelpOptions = true,
        description = "Run the statistics methods on the reference files of a phe-methods directory "
                + "(../shared/phe-methods, see its SOURCES.md): FILE: matched M of N per file, then stats parity: M/N.")
final class StatsParityCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "the reference directory, e.g. ../shared/phe-methods")
    Path dir;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(dir)) throw new IllegalArgumentException(dir + ": not a directory");
        PrintWriter out = spec.commandLine().getOut();
        List<FileParity> results = PheMethodsParity.run(dir);
        int matched = 0;
        int compared = 0;
        for (FileParity f : results) {
            out.printf("%s: matched %d of %d%n", f.file(), f.matched(), f.compared());
            f.misses().forEach(m -> out.println("  miss " + m));
            matched += f.matched();
            compared += f.compared();
        }
        out.printf("stats parity: %d/%d%n", matched, compared);
        out.flush();
        return matched == compared ? 0 : 1;
    }
}
