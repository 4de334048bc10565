package org.wellbeing.service;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.wellbeing.engine.Evaluation;
import org.wellbeing.io.out.EvaluationDocument;
import org.wellbeing.io.out.RatingRow;
import org.wellbeing.model.Board;
import org.wellbeing.io.town.TownDataset;
import org.wellbeing.model.Benchmark;
import org.wellbeing.model.Comparator;
import org.wellbeing.model.Indicator;
import org.wellbeing.model.Observation;
import org.wellbeing.model.Outcome;
import org.wellbeing.model.Trend;
import org.wellbeing.model.TrendFlag;
import org.wellbeing.model.WorkstreamLink;
import org.wellbeing.report.PriorityReport;
import org.wellbeing.report.QualityMarks;
import org.wellbeing.rules.RuleBaseHolder;

/**
 * Boards and what they are shown: their indicators rated, their workstreams ranked, the matrix of the
 * dashboard. The bundled data is evaluated once per rule-set version and that evaluation is stored, so that
 * a board's ratings can be traced like any other; the board id {@code all} stands for every board.
 */
public final class BoardService {
    /** The board id that stands for every board (and the whole catalogue). */
    public static final String ALL = "all";
    static final String ALL_NAME = "All boards";

    private final List<Board> boards;
    private final TownDataset data;
    private final RuleBaseHolder rules;
    private final EvaluationService evaluations;
    private final Inputs inputs;
    private final Map<String, Benchmark> benchmarks = new HashMap<>();
    private volatile Bundled bundled;

    /** The bundled data's evaluation on one rule-set version, and the priority reports gathered from it. */
    private record Bundled(EvaluationService.Evaluated evaluated, Map<String, PriorityReport> reports) {
        EvaluationDocument document() { return evaluated.stored().document(); }
        Evaluation evaluation() { return evaluated.evaluation(); }
    }

    /**
     * A board, or all of them: its name, its indicators and the boards whose priorities it shows. A board's
     * indicators are those its table in the strategy lists (the catalogue's {@code boards}) and those linked to
     * its workstreams: boards without a table of their own (Health Protection Committee, Community Safety
     * Partnership) are shown what their workstreams act on.
     */
    private record Scope(String id, String name, List<Indicator> indicators, Set<String> boardIds) {}

    public BoardService(List<Board> boards, TownDataset data, RuleBaseHolder rules, EvaluationService evaluations,
                        Inputs inputs) {
        this.boards = List.copyOf(boards);
        this.data = data;
        this.rules = rules;
        this.evaluations = evaluations;
        this.inputs = inputs;
        data.facts().benchmarks().forEach(b -> benchmarks.put(b.observationKey() + "#" + b.comparator(), b));
    }

    public List<BoardSummary> boards() {
        return boards.stream().map(b -> new BoardSummary(b.id(), b.name(), b.lifecourse(), b.targetOutcomes(),
                b.workstreams(), scope(b.id()).indicators().stream().map(Indicator::id).toList())).toList();
    }

    /**
     * A board's indicators with their ratings and trends for a period of the bundled data, its workstreams
     * ranked by the priority rules, the workstreams not measured and the unowned indicators.
     *
     * @param boardId a board id, or {@link #ALL}
     * @param period  null for the latest
     * @throws NotFoundException         for an unknown board
     * @throws InvalidParameterException for a period the data does not have
     */
    public BoardPrioritiesView priorities(String boardId, String period) {
        Scope scope = scope(boardId);
        String chosen = period(period);
        Bundled b = bundled();
        EvaluationDocument doc = b.document();
        Map<String, Trend> trends = trends(b.evaluation(), chosen);
        Map<String, TrendFlag> flags = flags(b.evaluation(), chosen);
        List<BoardPrioritiesView.IndicatorRatings> rated = scope.indicators().stream().map(i -> {
            Optional<Observation> o = observation(i.id(), chosen);
            return new BoardPrioritiesView.IndicatorRatings(i.id(), i.name(), i.unit(), i.polarity(),
                    o.map(Observation::timePeriod).orElse(null), o.map(Observation::value).orElse(null),
                    o.map(Observation::note).orElse(null), ratingsOf(doc, i.id(), chosen),
                    o.map(x -> trend(x, trends, flags, b.evaluation())).orElse(null));
        }).toList();
        PriorityReport report = report(b, chosen);
        List<BoardPrioritiesView.RankedWorkstream> ranked = new ArrayList<>();
        List<BoardPrioritiesView.NotMeasuredWorkstream> notMeasured = new ArrayList<>();
        for (PriorityReport.BoardPriorities board : report.boards()) {
            if (scope.boardIds().contains(board.boardId())) {
                board.priorities().forEach(p -> ranked.add(BoardPrioritiesView.RankedWorkstream.of(board, p)));
                board.notMeasured().forEach(n -> notMeasured.add(BoardPrioritiesView.NotMeasuredWorkstream.of(board, n)));
            }
        }
        Set<String> ours = scope.indicators().stream().map(Indicator::id).collect(Collectors.toSet());
        List<PriorityReport.UnownedIndicator> unowned = report.unowned().indicators().stream()
                .filter(u -> ours.contains(u.indicator().indicatorId())).toList();
        return new BoardPrioritiesView(scope.id(), scope.name(), chosen, data.periods(), doc.id(), doc.ruleSetVersion(),
                report.ordering(), report.weights(), rated, ranked, notMeasured, unowned);
    }

    /**
     * The dashboard's matrix: one row per indicator of the board (every indicator for {@link #ALL}), one cell
     * per comparator, and the trend, for a period of the bundled data.
     *
     * @throws NotFoundException         for an unknown board
     * @throws InvalidParameterException for a period the data does not have
     */
    public MatrixView matrix(String boardId, String period) {
        Scope scope = scope(boardId);
        String chosen = period(period);
        Bundled b = bundled();
        EvaluationDocument doc = b.document();
        Map<String, Trend> trends = trends(b.evaluation(), chosen);
        Map<String, TrendFlag> flags = flags(b.evaluation(), chosen);
        Map<String, Integer> counts = new LinkedHashMap<>();
        QualityMarks marks = QualityMarks.of(data.facts(), b.evaluation());
        List<MatrixView.Row> rows = new ArrayList<>();
        for (Indicator i : scope.indicators()) {
            Optional<Observation> o = observation(i.id(), chosen);
            Map<String, RatingRow> byComparator = new HashMap<>();
            ratingsOf(doc, i.id(), chosen).forEach(r -> byComparator.put(r.comparator(), r));
            Map<String, MatrixView.Cell> cells = new LinkedHashMap<>();
            for (Comparator c : Comparator.values()) {
                RatingRow r = byComparator.get(c.label());
                cells.put(c.label(), r == null ? noData(chosen) : cell(r, o.map(Observation::key).orElse(""), c));
            }
            rows.add(new MatrixView.Row(i.id(), i.name(), i.unit(), i.polarity(), i.goal(), workstreamsOf(i.id(), scope),
                    o.map(Observation::timePeriod).orElse(null), o.map(Observation::value).orElse(null),
                    o.map(Observation::lower95).orElse(null), o.map(Observation::upper95).orElse(null),
                    o.map(Observation::note).orElse(""), cells,
                    o.map(x -> trend(x, trends, flags, b.evaluation(), marks)).orElse(null),
                    o.map(x -> quality(marks, x.key())).orElse(null)));
        }
        for (Outcome outcome : Outcome.values()) {
            int n = (int) rows.stream().flatMap(r -> r.cells().values().stream())
                    .filter(c -> outcome.name().equals(c.outcome())).count();
            if (n > 0) counts.put(outcome.name(), n);
        }
        return new MatrixView(scope.id(), scope.name(), data.area().name(), chosen, data.periods(), doc.id(),
                doc.createdAt(), doc.ruleSetVersion(), Arrays.stream(Comparator.values()).map(Comparator::label).toList(),
                counts, rows);
    }

    /**
     * The matrix as CSV, one line per indicator (see {@link MatrixCsv}), named for the board and period:
     * {@code wellbeing-matrix-childrens-trust-board-2022-23.csv}.
     */
    public CsvDownload matrixCsv(String boardId, String period) {
        MatrixView m = matrix(boardId, period);
        String name = ("wellbeing-matrix-" + m.boardId() + "-" + m.period()).replaceAll("[^A-Za-z0-9-]", "-") + ".csv";
        return new CsvDownload(name, MatrixCsv.write(m));
    }

    /** The scope's workstreams linked to an indicator, board by board in file order. */
    private List<MatrixView.WorkstreamRef> workstreamsOf(String indicatorId, Scope scope) {
        Set<String> linked = data.links().stream().filter(l -> l.indicatorId().equals(indicatorId))
                .map(l -> l.boardId() + "#" + l.workstreamId()).collect(Collectors.toSet());
        return boards.stream().filter(b -> scope.boardIds().contains(b.id()))
                .flatMap(b -> b.workstreams().stream())
                .filter(w -> linked.contains(w.boardId() + "#" + w.id()))
                .map(w -> new MatrixView.WorkstreamRef(w.boardId(), w.id(), w.name())).toList();
    }

    private MatrixView.Cell cell(RatingRow r, String observationKey, Comparator c) {
        Benchmark bench = benchmarks.get(observationKey + "#" + c);
        boolean ranked = "RANK".equals(r.method()) && bench != null && bench.hasRank();
        return new MatrixView.Cell(r.outcome(), r.method(), ranked ? null : r.benchmark(),
                ranked ? bench.rank() : null, ranked ? bench.rankOf() : null, r.reason(), r.rule(), r.ruleFile());
    }

    /** The row's mark, with why its trend raised no flag where that is the reason; null for a row with no flag. */
    private static MatrixView.Quality quality(QualityMarks marks, String key) {
        QualityMarks.Mark m = marks.ofRow(key);
        if (!m.present()) {
            return null;
        }
        return new MatrixView.Quality(m.codes(), m.verdict(), m.reason());
    }

    private static MatrixView.Cell noData(String period) {
        return new MatrixView.Cell(null, null, null, null, null, "no observation for " + period + " in the data",
                null, null);
    }

    private static TrendView trend(Observation o, Map<String, Trend> trends, Map<String, TrendFlag> flags, Evaluation e) {
        Trend t = trends.get(o.key());
        return t == null ? null : TrendView.of(t, flags.get(o.key()), e);
    }

    private static TrendView trend(Observation o, Map<String, Trend> trends, Map<String, TrendFlag> flags, Evaluation e,
                                   QualityMarks marks) {
        Trend t = trends.get(o.key());
        return t == null ? null : TrendView.of(t, flags.get(o.key()), e, marks.trendReason(o.key()));
    }

    private static Map<String, Trend> trends(Evaluation e, String period) {
        Map<String, Trend> byKey = new HashMap<>();
        e.derived(Trend.class).stream().filter(t -> t.period().equals(period)).forEach(t -> byKey.putIfAbsent(t.observationKey(), t));
        return byKey;
    }

    private static Map<String, TrendFlag> flags(Evaluation e, String period) {
        Map<String, TrendFlag> byKey = new HashMap<>();
        e.derived(TrendFlag.class).stream().filter(f -> f.period().equals(period)).forEach(f -> byKey.putIfAbsent(f.observationKey(), f));
        return byKey;
    }

    private static List<RatingRow> ratingsOf(EvaluationDocument doc, String indicatorId, String period) {
        return doc.ratings().stream().filter(r -> r.indicatorId().equals(indicatorId) && r.period().equals(period)).toList();
    }

    private Optional<Observation> observation(String indicatorId, String period) {
        return data.facts().observations().stream()
                .filter(x -> x.indicatorId().equals(indicatorId) && x.period().equals(period)).findFirst();
    }

    private PriorityReport report(Bundled b, String period) {
        return b.reports().computeIfAbsent(period, p -> PriorityReport.of(data, b.evaluation(), p,
                b.document().policyVersion()));
    }

    private Scope scope(String boardId) {
        if (ALL.equals(boardId)) {
            return new Scope(ALL, ALL_NAME, data.indicators(),
                    boards.stream().map(Board::id).collect(Collectors.toUnmodifiableSet()));
        }
        Board board = boards.stream().filter(b -> b.id().equals(boardId)).findFirst()
                .orElseThrow(() -> new NotFoundException("no board '" + boardId + "'; boards: "
                        + boards.stream().map(Board::id).collect(Collectors.joining(", ")) + ", or " + ALL));
        Set<String> linked = data.links().stream().filter(l -> l.boardId().equals(board.id()))
                .map(WorkstreamLink::indicatorId).collect(Collectors.toSet());
        List<Indicator> indicators = data.indicators().stream()
                .filter(i -> i.boards().contains(board.id()) || linked.contains(i.id())).toList();
        return new Scope(board.id(), board.name(), indicators, Set.of(board.id()));
    }

    private String period(String period) {
        List<String> periods = data.periods();
        String chosen = period == null || period.isBlank() ? latest(periods) : period.strip();
        if (!periods.contains(chosen)) {
            throw new InvalidParameterException("period", "no data for period '" + chosen + "'; periods in the data: "
                    + String.join(", ", periods));
        }
        return chosen;
    }

    /** The bundled data evaluated on the live rules; evaluated and stored again only when the rules change. */
    StoredDocument bundledEvaluation() {
        return bundled().evaluated().stored();
    }

    private Bundled bundled() {
        Bundled current = bundled;
        if (current != null && current.document().ruleSetVersion().equals(rules.current().version())) {
            return current;
        }
        synchronized (this) {
            if (bundled == null || !bundled.document().ruleSetVersion().equals(rules.current().version())) {
                bundled = new Bundled(evaluations.evaluateKeeping(inputs.bundled()), new ConcurrentHashMap<>());
            }
            return bundled;
        }
    }

    private static String latest(List<String> periods) {
        if (periods.isEmpty()) {
            throw new InvalidParameterException("period", "the bundled data has no observations");
        }
        return periods.get(periods.size() - 1);
    }
}
