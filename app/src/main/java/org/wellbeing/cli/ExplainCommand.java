package org.wellbeing.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.wellbeing.engine.Evaluation;
import org.wellbeing.service.Analysis;
import org.wellbeing.engine.FactText;
import org.wellbeing.io.out.FactEntry;
import org.wellbeing.service.TraceView;
import org.wellbeing.io.town.TownDataset;
import org.wellbeing.model.Comparator;
import org.wellbeing.model.Rating;
import org.wellbeing.model.Trend;
import org.wellbeing.model.TrendFlag;
import org.wellbeing.rules.RuleBase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Why an indicator got its ratings, trend and flag: the rules, the facts they matched, the thresholds in force. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Explain an indicator's ratings (or one comparator's), trend and flag in plain English.")
final class ExplainCommand implements Callable<Integer> {
    @Mixin EngineOptions engine;
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "INDICATOR", description = "indicator id, e.g. cancer-screening-breast")
    String indicator;

    @Option(names = "--comparator", paramLabel = "C", description = "england, region, neighbours or goal (default: all, with the trend)")
    String comparator;

    @Option(names = "--period", paramLabel = "P", description = "reporting period (default: the latest)")
    String period;

    @Option(names = "--evaluation", paramLabel = "ID",
            description = "explain from a stored evaluation (a board paper's cover names it) instead of evaluating afresh")
    String evaluation;

    @Option(names = "--db", paramLabel = "FILE", description = "audit database of --evaluation (default: var/audit.db)")
    java.nio.file.Path db;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (db != null && evaluation == null) {
            throw new IllegalArgumentException("--db: only used with --evaluation ID");
        }
        TownDataset data = engine.readData();
        if (evaluation != null) {
            if (comparator != null) parseComparator(comparator);
            RuleBase rules = engine.compileRules();
            StoredExplanation.print(db == null ? java.nio.file.Path.of("var", "audit.db") : db, evaluation, indicator,
                    comparator == null ? null : comparator.strip().toLowerCase(java.util.Locale.ROOT), period, rules,
                    data.indicators(), out);
            out.flush();
            return 0;
        }
        String chosen = Periods.choose(period, data.periods());
        if (data.indicators().stream().noneMatch(i -> i.id().equals(indicator))) {
            throw new IllegalArgumentException("no indicator '" + indicator + "' in " + engine.data.resolve("indicators.csv"));
        }
        Comparator only = comparator == null ? null : parseComparator(comparator);
        RuleBase rules = engine.compileRules(); // after every check of the options: a usage error costs no compile
        Analysis analysis = Analysis.of(rules, data.facts());
        Evaluation evaluation = analysis.evaluation();
        List<Rating> ratings = evaluation.ratings().stream()
                .filter(r -> r.indicatorId().equals(indicator) && r.period().equals(chosen))
                .filter(r -> only == null || r.comparator() == only)
                .sorted(java.util.Comparator.comparing(Rating::comparator)).toList();
        if (ratings.isEmpty()) {
            throw new IllegalArgumentException("no observation of '" + indicator + "' in " + chosen);
        }
        for (Rating r : ratings) {
            out.println(render(analysis.explain(r), r.outcome() + " against " + r.comparator().label() + ": " + r.reason()));
        }
        if (only == null) {
            for (Trend t : evaluation.derived(Trend.class)) {
                if (t.indicatorId().equals(indicator) && t.period().equals(chosen)) {
                    out.println(render(analysis.explain(t), "TREND " + t.label() + ": " + t.reason()));
                }
            }
            for (TrendFlag f : evaluation.derived(TrendFlag.class)) {
                if (f.indicatorId().equals(indicator) && f.period().equals(chosen)) {
                    out.println(render(analysis.explain(f), "FLAG " + f.severity() + ": " + f.reason()));
                }
            }
        }
        out.flush();
        return Problems.report(evaluation, spec.commandLine().getErr());
    }

    /** The chain as a few lines of plain English. */
    static String render(Analysis.Chain chain, String headline) {
        StringBuilder s = new StringBuilder(headline).append('\n');
        for (TraceView.Step step : chain.steps()) {
            s.append("  rule ").append(step.ruleId()).append(" \"").append(step.rule()).append("\" in ")
                    .append(step.location()).append('\n');
            for (FactEntry m : step.matched()) {
                if (!m.type().equals("Threshold")) {
                    s.append("      matched ").append(FactText.describe(chain.object(m))).append('\n');
                }
            }
        }
        if (chain.thresholds().isEmpty()) {
            s.append("  thresholds: none used\n");
        }
        for (TraceView.ThresholdInForce t : chain.thresholds()) {
            s.append("  threshold ").append(t.name()).append(" = ").append(FactText.number(t.value())).append(' ')
                    .append(t.unit()).append(" (").append(t.location()).append(")\n");
        }
        s.append("  rule set ").append(chain.ruleSetVersion()).append(", evaluated ").append(chain.evaluatedAt()).append('\n');
        return s.toString();
    }

    private static Comparator parseComparator(String label) {
        try {
            return Comparator.fromLabel(label);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown comparator '" + label + "': use england, region, neighbours or goal");
        }
    }
}
