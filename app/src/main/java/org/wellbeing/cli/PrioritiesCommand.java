package org.wellbeing.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.wellbeing.engine.Evaluation;
import org.wellbeing.service.Analysis;
import org.wellbeing.io.Json;
import org.wellbeing.model.Board;
import org.wellbeing.io.town.TownDataset;
import org.wellbeing.report.PriorityReport;
import org.wellbeing.rules.RuleBase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Where each board should put effort: its workstreams ranked by the priority rules for a period, with the
 * indicators behind each rank and the workstream's actions; workstreams that nothing measures; and, for the
 * Health and Wellbeing Board, indicators RED or worsening that no workstream owns. All periods are evaluated
 * in one session (trend rules compare periods); the output is filtered to the period asked for.
 */
@Command(name = "priorities", mixinStandardHelpOptions = true,
        description = "Rank each board's workstreams for a period, with the indicators and actions behind each.")
final class PrioritiesCommand implements Callable<Integer> {
    @Mixin EngineOptions engine;
    @Spec CommandSpec spec;

    @Option(names = "--board", paramLabel = "ID", description = "a board id from boards.json, "
            + PriorityReport.HEALTH_AND_WELLBEING_BOARD + " (unowned indicators only), or all (default: ${DEFAULT-VALUE})")
    String board = "all";

    @Option(names = "--period", paramLabel = "P", description = "reporting period, e.g. 2022/23 (default: the latest)")
    String period;

    @Option(names = "--format", description = "text or json (default: ${DEFAULT-VALUE})")
    Format format = Format.text;

    @Option(names = "--top", paramLabel = "N", description = "at most N workstreams per board (default: all)")
    Integer top;

    @Override
    public Integer call() throws Exception {
        if (format == Format.csv) {
            throw new IllegalArgumentException("--format: priorities are text or json");
        }
        if (top != null && top < 1) {
            throw new IllegalArgumentException("--top: must be 1 or more, not " + top);
        }
        PrintWriter out = spec.commandLine().getOut();
        TownDataset data = engine.readData();
        checkBoard(data);
        String chosen = Periods.choose(period, data.periods());
        RuleBase rules = engine.compileRules(); // after every check of the options: a usage error costs no compile
        Analysis analysis = Analysis.of(rules, data.facts());
        Evaluation evaluation = analysis.evaluation();
        PriorityReport report = PriorityReport.of(data, evaluation, chosen, analysis.policyVersion()).forBoard(board);
        if (top != null) {
            report = report.top(top);
        }
        switch (format) {
            case json -> out.println(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(report));
            default -> out.print(PrioritiesText.render(report));
        }
        out.flush();
        return Problems.report(evaluation, spec.commandLine().getErr());
    }

    private void checkBoard(TownDataset data) {
        List<String> ids = new ArrayList<>(data.boards().stream().map(Board::id).toList());
        ids.add(PriorityReport.HEALTH_AND_WELLBEING_BOARD);
        ids.add("all");
        if (!ids.contains(board)) {
            throw new IllegalArgumentException("--board: no board '" + board + "'; choose one of " + String.join(", ", ids));
        }
    }
}
