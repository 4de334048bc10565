package org.wellbeing.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.wellbeing.engine.Evaluation;
import org.wellbeing.service.Analysis;
import org.wellbeing.io.out.Csv;
import org.wellbeing.io.Json;
import org.wellbeing.io.town.TownDataset;
import org.wellbeing.model.Indicator;
import org.wellbeing.model.Trend;
import org.wellbeing.model.TrendFlag;
import org.wellbeing.report.QualityMarks;
import org.wellbeing.rules.RuleBase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Each indicator's trend up to a period, and the worsening flags raised. */
@Command(name = "trends", mixinStandardHelpOptions = true,
        description = "Label each indicator's trend up to a period and flag worsening ones, with severity.")
final class TrendsCommand implements Callable<Integer> {
    static final List<String> CSV_HEADER =
            List.of("indicator_id", "period", "label", "flag", "severity", "method", "points", "rule", "quality",
                    "quality_reason", "policy_version");

    @Mixin EngineOptions engine;
    @Spec CommandSpec spec;

    @Option(names = "--period", paramLabel = "P", description = "reporting period, e.g. 2022/23 (default: the latest)")
    String period;

    @Option(names = "--format", description = "text, csv or json (default: ${DEFAULT-VALUE})")
    Format format = Format.text;

    /**
     * One indicator's trend with its flag and the rules behind both, and its data-quality mark: the flags of the
     * row ("" when none) and why the trend raises no flag when it rests on a doubtful value.
     */
    record Row(String indicatorId, String name, String period, String label, String method, int points, String reason,
               String rule, boolean flagged, String severity, String flagReason, String flagRule, String quality,
               String qualityReason) {}

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        TownDataset data = engine.readData();
        String chosen = Periods.choose(period, data.periods());
        RuleBase rules = engine.compileRules(); // after every check of the options: a usage error costs no compile
        Analysis analysis = Analysis.of(rules, data.facts());
        Evaluation evaluation = analysis.evaluation();
        List<Row> rows = rows(data.indicators(), evaluation, chosen, QualityMarks.of(data.facts(), evaluation));
        switch (format) {
            case csv -> out.print(Csv.write(CSV_HEADER, rows.stream().map(r -> List.<Object>of(r.indicatorId(),
                    r.period(), r.label(), r.flagged() ? "worsening" : "", r.severity(), r.method(), r.points(),
                    r.rule(), r.quality(), r.qualityReason(), analysis.policyVersion())).toList()));
            case json -> out.println(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(Json.fields(
                    "period", chosen, "ruleSetVersion", rules.version(), "policyVersion", analysis.policyVersion(),
                    "trends", rows)));
            case text -> {
                out.printf("%s, trends up to %s; rule set %s, policy %s%n%n", data.area().name(), chosen, rules.shortVersion(),
                        analysis.shortPolicyVersion());
                for (Row r : rows) {
                    out.printf("%-48s %-28s %s%s%n", abbreviate(r.name()), r.label(),
                            r.flagged() ? "FLAG " + r.severity() + ": " + r.flagReason() : r.reason(),
                            r.qualityReason().isEmpty() ? "" : " ! " + r.qualityReason());
                }
            }
        }
        out.flush();
        return Problems.report(evaluation, spec.commandLine().getErr());
    }

    static List<Row> rows(List<Indicator> catalogue, Evaluation evaluation, String period, QualityMarks marks) {
        Map<String, Indicator> byId = new LinkedHashMap<>();
        catalogue.forEach(i -> byId.put(i.id(), i));
        Map<String, TrendFlag> flags = new HashMap<>();
        evaluation.derived(TrendFlag.class).forEach(f -> flags.put(f.observationKey(), f));
        List<Integer> order = new ArrayList<>(byId.size());
        List<Row> rows = new ArrayList<>();
        for (Trend t : evaluation.derived(Trend.class)) {
            if (!t.period().equals(period)) {
                continue;
            }
            TrendFlag f = flags.get(t.observationKey());
            Indicator i = byId.get(t.indicatorId());
            rows.add(new Row(t.indicatorId(), i == null ? t.indicatorId() : i.name(), t.period(), t.label(), t.method(),
                    t.points(), t.reason().text(), evaluation.ruleFor(t), f != null, f == null ? "" : f.severity().name(),
                    f == null ? "" : f.reason().text(), f == null ? "" : evaluation.ruleFor(f),
                    marks.ofRow(t.observationKey()).codes(), qualityReason(marks, t.observationKey())));
        }
        List<String> ids = new ArrayList<>(byId.keySet());
        rows.sort(Comparator.comparingInt(r -> ids.indexOf(r.indicatorId())));
        return rows;
    }

    /** Why the trend raised no flag (it rests on a doubtful value), else the row's own mark, else "". */
    private static String qualityReason(QualityMarks marks, String key) {
        String trend = marks.trendReason(key);
        return !trend.isEmpty() ? trend : marks.ofRow(key).reason();
    }

    private static String abbreviate(String s) {
        return s.length() <= 48 ? s : s.substring(0, 47) + "…";
    }
}
