package org.wellbeing.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.wellbeing.engine.Evaluation;
import org.wellbeing.engine.Evaluator;
import org.wellbeing.io.fingertips.ErrorMode;
import org.wellbeing.io.fingertips.FingertipsDataset;
import org.wellbeing.io.out.Csv;
import org.wellbeing.io.out.Json;
import org.wellbeing.model.Comparator;
import org.wellbeing.model.Observation;
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

/** Rates every area of a Fingertips download (or one) against England and its region, with trends. */
@Command(name = "rate-fingertips", mixinStandardHelpOptions = true,
        description = "Rate the areas of a Fingertips CSV download against England and region, with trends.")
final class RateFingertipsCommand implements Callable<Integer> {
    static final List<String> CSV_HEADER = List.of("indicator_id", "area_code", "area_name", "breakdown", "period",
            "value", "lower95", "upper95", "england", "england_outcome", "region", "region_outcome",
            "trend", "trend_method", "flag", "severity");

    @Mixin EngineOptions engine;
    @Spec CommandSpec spec;

    @Option(names = "--catalogue", paramLabel = "FILE", description = "Fingertips indicator catalogue (default: ${DEFAULT-VALUE})")
    Path catalogue = Path.of("data", "fingertips", "indicators.csv");

    @Option(names = "--area", paramLabel = "CODE", description = "rate only this area code, e.g. E06000032")
    String area;

    @Option(names = "--format", description = "text, csv or json (default: ${DEFAULT-VALUE})")
    Format format = Format.text;

    @Option(names = "--skip-bad-rows", description = "rate the good rows of a file with bad rows, and report what was skipped")
    boolean skipBadRows;

    @Parameters(paramLabel = "FILE", description = "a Fingertips 'all data' CSV download")
    Path file;

    /** One output line: an observation with its england and region ratings and its trend. */
    record Row(String indicatorId, String areaCode, String areaName, String breakdown, String period, Double value,
               Double lower95, Double upper95, Double england, String englandOutcome, String englandRule,
               String englandReason, Double region, String regionOutcome, String regionRule, String regionReason,
               String trend, String trendMethod, String trendReason, String flag, String severity, String flagReason) {}

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        RuleBase rules = engine.compileRules();
        FingertipsDataset data = FingertipsDataset.read(file, catalogue,
                skipBadRows ? ErrorMode.SKIP_BAD_ROWS : ErrorMode.REFUSE_FILE);
        if (data.read().hasErrors()) {
            err.println("skipped " + data.read().skippedRows() + " bad rows:");
            err.println(data.read().errorReport());
        }
        Evaluation evaluation = new Evaluator().evaluate(rules, data.facts());
        List<Row> rows = rows(data, evaluation);
        if (rows.isEmpty() && area != null) {
            throw new IllegalArgumentException("no rows for area '" + area + "' in " + file);
        }
        switch (format) {
            case csv -> out.print(Csv.write(CSV_HEADER, rows.stream().map(r -> List.<Object>of(r.indicatorId(),
                    r.areaCode(), r.areaName(), r.breakdown(), r.period(), Csv.cell(r.value()), Csv.cell(r.lower95()),
                    Csv.cell(r.upper95()), Csv.cell(r.england()), r.englandOutcome(), Csv.cell(r.region()),
                    r.regionOutcome(), r.trend(), r.trendMethod(), r.flag(), r.severity())).toList()));
            case json -> out.println(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(Json.fields(
                    "file", file.toString(), "ruleSetVersion", rules.version(), "rows", rows)));
            case text -> rows.forEach(r -> out.printf("%-8s %-10s %-28s %-9s %10s  england %-12s region %-12s trend %s%s%n",
                    r.indicatorId(), r.areaCode(), abbreviate(r.areaName()), r.period(), Csv.cell(r.value()),
                    r.englandOutcome(), r.regionOutcome(), r.trend(), r.flag().isEmpty() ? "" : "  FLAG " + r.severity()));
        }
        out.flush();
        return Problems.report(evaluation, err);
    }

    private List<Row> rows(FingertipsDataset data, Evaluation evaluation) {
        Map<String, Rating> ratings = new HashMap<>();
        evaluation.ratings().forEach(r -> ratings.put(r.observationKey() + "#" + r.comparator(), r));
        Map<String, Trend> trends = new HashMap<>();
        evaluation.derived(Trend.class).forEach(t -> trends.put(t.observationKey(), t));
        Map<String, TrendFlag> flags = new HashMap<>();
        evaluation.derived(TrendFlag.class).forEach(f -> flags.put(f.observationKey(), f));
        List<Row> rows = new ArrayList<>();
        for (Observation o : data.facts().observations()) {
            if (area != null && !area.equals(o.areaCode())) {
                continue;
            }
            Rating e = ratings.get(o.key() + "#" + Comparator.ENGLAND);
            Rating g = ratings.get(o.key() + "#" + Comparator.REGION);
            Trend t = trends.get(o.key());
            TrendFlag f = flags.get(o.key());
            rows.add(new Row(o.indicatorId(), o.areaCode(), o.areaName(), o.breakdown(), o.period(), o.value(),
                    o.lower95(), o.upper95(), e == null ? null : e.benchmark(), e == null ? "" : e.outcome().name(),
                    e == null ? "" : evaluation.ruleFor(e), e == null ? "" : e.reason().text(), g == null ? null : g.benchmark(),
                    g == null ? "" : g.outcome().name(), g == null ? "" : evaluation.ruleFor(g), g == null ? "" : g.reason().text(),
                    t == null ? "" : t.label(), t == null ? "" : t.method(), t == null ? "" : t.reason().text(),
                    f == null ? "" : "worsening", f == null ? "" : f.severity().name(), f == null ? "" : f.reason().text()));
        }
        return rows;
    }

    private static String abbreviate(String s) {
        return s.length() <= 28 ? s : s.substring(0, 27) + "…";
    }
}
