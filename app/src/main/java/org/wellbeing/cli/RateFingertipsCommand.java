package org.wellbeing.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.wellbeing.engine.Evaluation;
import org.wellbeing.service.Analysis;
import org.wellbeing.io.fingertips.ErrorMode;
import org.wellbeing.io.fingertips.FingertipsDataset;
import org.wellbeing.io.fingertips.FingertipsRow;
import org.wellbeing.io.fingertips.OfficialLabels;
import org.wellbeing.io.out.Csv;
import org.wellbeing.io.Json;
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
    static final List<String> CSV_HEADER = List.of("indicator_id", "indicator_name", "area_code", "area_name",
            "sex", "age", "category_type", "category", "period", "value", "lower95", "upper95", "count", "denominator",
            "value_note", "england", "england_outcome", "england_official", "region", "region_outcome",
            "region_official", "trend", "trend_method", "trend_official", "flag", "severity");

    @Mixin RulesOptions engine;
    @Spec CommandSpec spec;

    @Mixin FingertipsCatalogueOption catalogue;

    @Option(names = "--area", paramLabel = "CODE", description = "rate only this area code, e.g. E06000032")
    String area;

    @Option(names = "--format", description = "text, csv or json (default: ${DEFAULT-VALUE})")
    Format format = Format.text;

    @Option(names = "--skip-bad-rows", description = "rate the good rows of a file with bad rows, and report what was skipped")
    boolean skipBadRows;

    @Parameters(paramLabel = "FILE", description = "a Fingertips 'all data' CSV download")
    Path file;

    /**
     * One output line: an observation with its england and region ratings beside the official labels of the file,
     * and its trend. Numbers are exact here (csv, json); the text rounds them for display.
     */
    record Row(String indicatorId, String indicatorName, String areaCode, String areaName, String sex, String age,
               String categoryType, String category, String period, Double value, Double lower95, Double upper95,
               Double count, Double denominator, String valueNote,
               Double england, String englandOutcome, String englandOfficial, String englandRule, String englandReason,
               Double region, String regionOutcome, String regionOfficial, String regionRule, String regionReason,
               String trend, String trendMethod, String trendOfficial, String trendReason,
               String flag, String severity, String flagReason) {}

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        InputFiles.check(java.util.List.of(file, catalogue.file));
        RuleBase rules = engine.compileRules();
        FingertipsDataset data = FingertipsDataset.read(file, catalogue.file,
                skipBadRows ? ErrorMode.SKIP_BAD_ROWS : ErrorMode.REFUSE_FILE);
        if (data.read().hasErrors()) {
            err.println("skipped " + data.read().skippedRows() + " bad rows:");
            err.println(data.read().errorReport());
        }
        data.warnings().forEach(w -> err.println("warning: " + w));
        Evaluation evaluation = Analysis.of(rules, data.facts()).evaluation();
        List<Row> rows = rows(data, evaluation);
        if (rows.isEmpty() && area != null) {
            throw new IllegalArgumentException("no rows for area '" + area + "' in " + file);
        }
        switch (format) {
            case csv -> out.print(Csv.write(CSV_HEADER, rows.stream().map(r -> List.<Object>of(r.indicatorId(),
                    r.indicatorName(), r.areaCode(), r.areaName(), r.sex(), r.age(), r.categoryType(), r.category(),
                    r.period(), Csv.cell(r.value()), Csv.cell(r.lower95()), Csv.cell(r.upper95()), Csv.cell(r.count()),
                    Csv.cell(r.denominator()), r.valueNote(), Csv.cell(r.england()), r.englandOutcome(),
                    r.englandOfficial(), Csv.cell(r.region()), r.regionOutcome(), r.regionOfficial(), r.trend(),
                    r.trendMethod(), r.trendOfficial(), r.flag(), r.severity())).toList()));
            case json -> out.println(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(Json.fields(
                    "file", file.toString(), "catalogue", engineCatalogue(), "ruleSetVersion", rules.version(),
                    "rows", rows)));
            case text -> out.print(FingertipsText.render(file.toString(), engineCatalogue(), rules, rows));
        }
        out.flush();
        return Problems.report(evaluation, err);
    }

    private String engineCatalogue() {
        return catalogue.file.toString();
    }

    private List<Row> rows(FingertipsDataset data, Evaluation evaluation) {
        Map<String, Rating> ratings = new HashMap<>();
        evaluation.ratings().forEach(r -> ratings.put(r.observationKey() + "#" + r.comparator(), r));
        Map<String, Trend> trends = new HashMap<>();
        evaluation.derived(Trend.class).forEach(t -> trends.put(t.observationKey(), t));
        Map<String, TrendFlag> flags = new HashMap<>();
        evaluation.derived(TrendFlag.class).forEach(f -> flags.put(f.observationKey(), f));
        Map<String, FingertipsRow> read = new HashMap<>();
        data.read().rows().forEach(r -> read.putIfAbsent(Observation.keyOf(r.indicatorId(), r.areaCode(),
                r.timePeriod(), r.breakdown()), r));
        List<Row> rows = new ArrayList<>();
        for (Observation o : data.facts().observations()) {
            if (area != null && !area.equals(o.areaCode())) {
                continue;
            }
            FingertipsRow source = read.get(o.key());
            OfficialLabels official = data.converted().labels(o.key()).orElse(null);
            Rating e = ratings.get(o.key() + "#" + Comparator.ENGLAND);
            Rating g = ratings.get(o.key() + "#" + Comparator.REGION);
            Trend t = trends.get(o.key());
            TrendFlag f = flags.get(o.key());
            rows.add(new Row(o.indicatorId(), source == null ? "" : source.indicatorName(), o.areaCode(),
                    o.areaName(), source == null ? "" : source.sex(), source == null ? "" : source.age(),
                    source == null ? "" : source.categoryType(), source == null ? "" : source.category(),
                    o.period(), o.value(), o.lower95(), o.upper95(), o.count(), o.denominator(), o.note(),
                    e == null ? null : e.benchmark(), e == null ? "" : e.outcome().name(),
                    official == null ? "" : official.comparedToEngland(),
                    e == null ? "" : evaluation.ruleFor(e), e == null ? "" : e.reason().text(),
                    g == null ? null : g.benchmark(), g == null ? "" : g.outcome().name(),
                    official == null ? "" : official.comparedToRegion(),
                    g == null ? "" : evaluation.ruleFor(g), g == null ? "" : g.reason().text(),
                    t == null ? "" : t.label(), t == null ? "" : t.method(),
                    official == null ? "" : official.recentTrend(), t == null ? "" : t.reason().text(),
                    f == null ? "" : "worsening", f == null ? "" : f.severity().name(), f == null ? "" : f.reason().text()));
        }
        return rows;
    }
}
