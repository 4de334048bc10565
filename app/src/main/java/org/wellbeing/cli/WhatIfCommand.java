package org.wellbeing.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.wellbeing.engine.Evaluation;
import org.wellbeing.service.Analysis;
import org.wellbeing.io.out.Csv;
import org.wellbeing.io.town.TownDataset;
import org.wellbeing.io.town.TownDatasetReader;
import org.wellbeing.report.WhatIf;
import org.wellbeing.report.WhatIf.Change;
import org.wellbeing.report.WhatIf.Kind;
import org.wellbeing.rules.RuleBase;
import org.wellbeing.rules.RuleSetException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Evaluates the same data under the live rules and under a candidate rules directory, and lists every
 * outcome, trend, worsening flag, workstream score and board ranking of a period that would change, from what to what, with a count.
 * Exit 0 whether or not anything changes; 1 only when a rule set does not compile; 2 for bad data or arguments.
 */
@Command(name = "whatif", mixinStandardHelpOptions = true,
        description = "List every outcome, trend, flag, workstream score and board ranking a candidate rules directory would change, "
                + "from what to what.")
final class WhatIfCommand implements Callable<Integer> {
    /** item: the indicator (for a score or ranking, the workstream); subject: the comparator, trend, flag (for a score or ranking, the board). */
    static final List<String> CSV_HEADER =
            List.of("kind", "item", "period", "subject", "from", "to", "basis_from", "basis_to");

    @Spec CommandSpec spec;

    @Option(names = "--rules", paramLabel = "CANDIDATE_DIR", required = true,
            description = "the candidate rules directory (a changed copy of rules/)")
    Path candidate;

    @Option(names = "--live", paramLabel = "DIR", description = "the live rules (default: ${DEFAULT-VALUE})")
    Path live = Path.of("rules");

    @Option(names = "--data", paramLabel = "DIR", description = "town data directory (default: ${DEFAULT-VALUE})")
    Path data = Path.of("data", "luton");

    @Option(names = "--period", paramLabel = "P", description = "reporting period, e.g. 2022/23 (default: the latest)")
    String period;

    @Option(names = "--format", description = "text or csv (default: ${DEFAULT-VALUE})")
    Format format = Format.text;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        TownDataset town = TownDatasetReader.read(data);
        String chosen = Periods.choose(period, town.periods());
        // Compiling takes seconds: both rule sets at once.
        CompletableFuture<RuleBase> liveRules = CompletableFuture.supplyAsync(() -> compile(live));
        CompletableFuture<RuleBase> candidateRules = CompletableFuture.supplyAsync(() -> compile(candidate));
        RuleBase before = join(liveRules);
        RuleBase after = join(candidateRules);
        Evaluation liveEvaluation = Analysis.of(before, town.facts()).evaluation();
        Evaluation candidateEvaluation = Analysis.of(after, town.facts()).evaluation();
        List<Change> changes = WhatIf.compare(liveEvaluation, candidateEvaluation, chosen, town.indicators());

        if (format == Format.csv) {
            out.print(Csv.write(CSV_HEADER, changes.stream().map(c -> List.<Object>of(c.kind().name().toLowerCase(),
                    c.item(), c.period(), c.subject(), c.from(), c.to(), c.basisFrom(), c.basisTo())).toList()));
        } else if (format == Format.text) {
            out.print(text(changes, before, after, chosen));
        } else {
            throw new IllegalArgumentException("whatif writes text or csv, not " + format);
        }
        out.flush();
        if (!candidateEvaluation.problems().isEmpty()) {
            err.printf("warning: the candidate leaves %d comparisons with no outcome or several:%n",
                    candidateEvaluation.problems().size());
            candidateEvaluation.problems().forEach(p -> err.println("  " + p));
            err.flush();
        }
        return 0;
    }

    private String text(List<Change> changes, RuleBase before, RuleBase after, String chosen) {
        StringBuilder s = new StringBuilder();
        s.append(String.format("What if %s (rule set %s) replaced %s (rule set %s), on %s for %s%n",
                candidate, after.shortVersion(), live, before.shortVersion(), data, chosen));
        if (before.version().equals(after.version())) {
            s.append("The candidate's rule files are the same as the live ones.\n");
        }
        Map<Kind, String> titles = Map.of(Kind.RATING, "Outcomes", Kind.TREND, "Trends", Kind.FLAG, "Worsening flags",
                Kind.SCORE, "Workstream scores", Kind.RANKING, "Board rankings");
        for (Kind kind : Kind.values()) {
            List<Change> some = changes.stream().filter(c -> c.kind() == kind).toList();
            s.append('\n').append(titles.get(kind)).append(": ").append(some.isEmpty() ? "none" : some.size())
                    .append(" would change\n");
            for (Change c : some) {
                if (kind == Kind.SCORE) {
                    s.append(String.format("  %-32s %-44s score %-6s -> %-6s %s%n", c.subject(), c.item(), c.from(),
                            c.to(), c.basisTo().isEmpty() ? "" : "now " + c.basisTo()).stripTrailing()).append('\n');
                } else if (kind == Kind.RANKING) {
                    s.append(String.format("  %-32s %-44s rank %-6s -> %-6s %s -> %s%n", c.subject(), c.item(), c.from(),
                            c.to(), c.basisFrom().isEmpty() ? "-" : c.basisFrom(), c.basisTo().isEmpty() ? "-" : c.basisTo()));
                } else {
                    s.append(String.format("  %-44s %-10s %-14s -> %-14s %s%n", c.item(), c.subject(), c.from(),
                            c.to(), c.basisTo().isEmpty() ? "" : "now by \"" + c.basisTo().replaceFirst(" \\(", "\" ("))
                            .stripTrailing()).append('\n');
                }
            }
        }
        s.append(String.format("%n%d changes: %d outcomes, %d trends, %d flags, %d scores, %d ranks%n", changes.size(),
                count(changes, Kind.RATING), count(changes, Kind.TREND), count(changes, Kind.FLAG),
                count(changes, Kind.SCORE), count(changes, Kind.RANKING)));
        return s.toString();
    }

    private static long count(List<Change> changes, Kind kind) {
        return changes.stream().filter(c -> c.kind() == kind).count();
    }

    private static RuleBase compile(Path dir) {
        try {
            return CompiledRules.compile(dir);
        } catch (IOException | RuleSetException e) {
            throw new CompletionException(e);
        }
    }

    private static RuleBase join(CompletableFuture<RuleBase> future) throws Exception {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw e;
        }
    }
}
