package org.wellbeing.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.wellbeing.engine.Evaluation;
import org.wellbeing.service.Analysis;
import org.wellbeing.io.out.Csv;
import org.wellbeing.io.Json;
import org.wellbeing.io.out.RatingRow;
import org.wellbeing.io.town.BoardNames;
import org.wellbeing.io.town.TownDataset;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.wellbeing.report.QualityMarks;
import org.wellbeing.model.Rating;
import org.wellbeing.rules.RuleBase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Rates every indicator of the town for one period against England, region, neighbours and goal. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Rate every indicator for a period against england, region, neighbours and goal.")
final class ReportCommand implements Callable<Integer> {
    static final List<String> CSV_HEADER =
            List.of("indicator_id", "period", "comparator", "outcome", "method", "value", "benchmark", "rule",
                    "quality", "quality_reason", "policy_version");

    /** A rating with the data-quality mark of its comparison (codes "" when none). */
    record Row(@JsonUnwrapped RatingRow rating, String quality, String qualityLevel, String qualityReason) {}

    @Mixin EngineOptions engine;
    @Spec CommandSpec spec;

    @Option(names = "--period", paramLabel = "P", description = "reporting period, e.g. 2022/23 (default: the latest)")
    String period;

    @Option(names = "--format", description = "text, csv or json (default: ${DEFAULT-VALUE})")
    Format format = Format.text;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        TownDataset data = engine.readData();
        String chosen = Periods.choose(period, data.periods());
        RuleBase rules = engine.compileRules(); // after every check of the options: a usage error costs no compile
        Analysis analysis = Analysis.of(rules, data.facts());
        Evaluation evaluation = analysis.evaluation();
        List<Rating> ratings = analysis.ratingsIn(chosen);
        QualityMarks marks = QualityMarks.of(data.facts(), evaluation);
        switch (format) {
            case csv -> out.print(Csv.write(CSV_HEADER, ratings.stream().map(r -> List.<Object>of(
                    r.indicatorId(), r.period(), r.comparator().label(), r.outcome().name(), r.method().name(),
                    Csv.cell(r.value()), Csv.cell(r.benchmark()), evaluation.ruleFor(r),
                    marks.of(r.observationKey(), r.comparator()).codes(),
                    marks.of(r.observationKey(), r.comparator()).reason(), analysis.policyVersion())).toList()));
            case json -> out.println(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(Json.fields(
                    "period", chosen, "area", data.area(), "ruleSetVersion", rules.version(), "policyVersion", analysis.policyVersion(),
                    "ratings", ratings.stream().map(r -> {
                        QualityMarks.Mark m = marks.of(r.observationKey(), r.comparator());
                        return new Row(RatingRow.of(r, evaluation), m.codes(), m.verdict(), m.reason());
                    }).toList())));
            case text -> out.print(TextReport.render(data, BoardNames.read(engine.data), chosen, rules,
                    analysis.shortPolicyVersion(), ratings, marks));
        }
        out.flush();
        return Problems.report(evaluation, spec.commandLine().getErr());
    }
}
