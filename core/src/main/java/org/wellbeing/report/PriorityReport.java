package org.wellbeing.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.wellbeing.engine.Evaluation;
import org.wellbeing.engine.Firing;
import org.wellbeing.model.Board;
import org.wellbeing.io.town.TownDataset;
import org.wellbeing.model.Benchmark;
import org.wellbeing.model.Finding;
import org.wellbeing.model.Indicator;
import org.wellbeing.model.IndicatorScore;
import org.wellbeing.model.Method;
import org.wellbeing.model.Observation;
import org.wellbeing.model.Rating;
import org.wellbeing.model.Recommendation;
import org.wellbeing.model.ScoreContribution;
import org.wellbeing.model.Threshold;
import org.wellbeing.model.TrendFlag;
import org.wellbeing.model.Workstream;

/**
 * The priority rules' results for one period, with the evidence behind each rank gathered from the
 * evaluation: every board's ranked workstreams, each with the indicators linked to it (values, outcome per
 * comparator, worsening flags, the points they earned and the rules that gave them) and the workstream's
 * actions; the workstreams not measured; and the unowned indicators, for the Health and Wellbeing Board.
 * Nothing here decides a score or a rank: the rules in {@code rules/priority/} do.
 *
 * @param weights the priority weights in force (threshold name to points)
 */
public record PriorityReport(String period, String areaName, String ruleSetVersion, String policyVersion, String ordering,
                             Map<String, Double> weights, List<BoardPriorities> boards, Unowned unowned) {

    /** The board that governs the strategy; unowned indicators are reported to it. */
    public static final String HEALTH_AND_WELLBEING_BOARD = "health-and-wellbeing-board";

    /** The tie-break the rank rule applies (rules/priority/rank.drl), for readers of the output. */
    public static final String ORDERING =
            "higher score first; on equal scores, more RED ratings first; then workstream id, A to Z";

    /** @param leftOut the board's indicators whose doubtful data earned no points, and why (rules/quality/) */
    public record BoardPriorities(String boardId, String boardName, List<Priority> priorities,
                                  List<NotMeasured> notMeasured, List<LeftOut> leftOut) {}

    /** An indicator of the board left out of its priorities for a period because its data is doubtful. */
    public record LeftOut(String indicatorId, String name, String rule, String reason) {}

    public record Priority(int rank, int of, String workstreamId, String workstreamName, double score,
                           int redRatings, int worseningFlags, String rule, String ruleFile, String reason,
                           List<IndicatorEvidence> indicators, List<String> actions) {}

    /**
     * One indicator behind a score: its value, what it was compared with, and the points it earned.
     *
     * @param quality its data-quality codes ("" when none) and {@code qualityReason} what the quality rules made of them
     */
    public record IndicatorEvidence(String indicatorId, String name, String unit, Double value, String timePeriod,
                                    double points, String scoreRule, String rationale,
                                    List<ComparisonEvidence> outcomes, List<FlagEvidence> flags,
                                    List<PointsEvidence> contributions, String quality, String qualityReason) {}

    /**
     * One rating. {@code benchmark} is the comparator's value or the goal's cut point; for a nearest-neighbour
     * rank it is null and {@code rank} of {@code rankOf} is given instead.
     */
    public record ComparisonEvidence(String comparator, String outcome, String method, Double benchmark,
                                     Integer rank, Integer rankOf, String rule, String reason) {}

    public record FlagEvidence(String severity, String rule, String reason) {}

    public record PointsEvidence(double points, String weight, String rule, String reason) {}

    public record NotMeasured(String workstreamId, String workstreamName, String rule, String reason) {}

    public record Unowned(String boardId, String boardName, List<UnownedIndicator> indicators) {}

    public record UnownedIndicator(IndicatorEvidence indicator, String rule, String reason) {}

    /** Gathers the report for {@code period} from an evaluation of {@code data}'s facts. */
    public static PriorityReport of(TownDataset data, Evaluation evaluation, String period) {
        return new Gatherer(data, evaluation, period).report();
    }

    /** As {@link #of(TownDataset, Evaluation, String)}, naming the policy version (rules and catalogue) it ran on. */
    public static PriorityReport of(TownDataset data, Evaluation evaluation, String period, String policyVersion) {
        PriorityReport r = of(data, evaluation, period);
        return new PriorityReport(r.period, r.areaName, r.ruleSetVersion, policyVersion, r.ordering, r.weights, r.boards,
                r.unowned);
    }

    /** The same report for one board only (one of the data's boards, or the Health and Wellbeing Board), or all. */
    public PriorityReport forBoard(String boardId) {
        if (boardId.equals("all")) {
            return this;
        }
        return new PriorityReport(period, areaName, ruleSetVersion, policyVersion, ordering, weights,
                boards.stream().filter(b -> b.boardId().equals(boardId)).toList(),
                boardId.equals(HEALTH_AND_WELLBEING_BOARD) ? unowned
                        : new Unowned(unowned.boardId(), unowned.boardName(), List.of()));
    }

    /** The same report with at most {@code n} workstreams per board. */
    public PriorityReport top(int n) {
        return new PriorityReport(period, areaName, ruleSetVersion, policyVersion, ordering, weights, boards.stream()
                .map(b -> new BoardPriorities(b.boardId(), b.boardName(),
                        b.priorities().stream().limit(n).toList(), b.notMeasured(), b.leftOut()))
                .toList(), unowned);
    }

    /** Looks up the facts of one period once, by observation, so each piece of evidence is a map lookup. */
    private static final class Gatherer {
        private final TownDataset data;
        private final Evaluation evaluation;
        private final String period;
        private final Map<String, List<Rating>> ratings = new HashMap<>();
        private final Map<String, List<TrendFlag>> flags = new HashMap<>();
        private final Map<String, List<ScoreContribution>> contributions = new HashMap<>();
        private final Map<String, Benchmark> benchmarks = new HashMap<>();
        private final Map<String, Observation> observations = new HashMap<>();
        private final List<IndicatorScore> scores;
        private final Map<String, Indicator> catalogue = new HashMap<>();
        private final Map<String, Integer> catalogueOrder = new HashMap<>();
        private final QualityMarks marks;

        Gatherer(TownDataset data, Evaluation evaluation, String period) {
            this.data = data;
            this.evaluation = evaluation;
            this.period = period;
            evaluation.ratings().stream().filter(r -> r.period().equals(period))
                    .forEach(r -> ratings.computeIfAbsent(r.observationKey(), k -> new ArrayList<>()).add(r));
            evaluation.derived(TrendFlag.class).stream().filter(f -> f.period().equals(period))
                    .forEach(f -> flags.computeIfAbsent(f.observationKey(), k -> new ArrayList<>()).add(f));
            evaluation.derived(ScoreContribution.class).stream().filter(c -> c.period().equals(period))
                    .forEach(c -> contributions.computeIfAbsent(c.observationKey(), k -> new ArrayList<>()).add(c));
            data.facts().benchmarks().forEach(b -> benchmarks.put(b.observationKey() + "#" + b.comparator(), b));
            data.facts().observations().forEach(o -> observations.put(o.key(), o));
            data.indicators().forEach(i -> {
                catalogue.put(i.id(), i);
                catalogueOrder.put(i.id(), catalogueOrder.size());
            });
            scores = evaluation.derived(IndicatorScore.class).stream().filter(s -> s.period().equals(period)).toList();
            marks = QualityMarks.of(data.facts(), evaluation);
        }

        PriorityReport report() {
            Map<String, Double> weights = new TreeMap<>();
            evaluation.derived(Threshold.class).stream().filter(t -> t.name().startsWith("priority.weight."))
                    .forEach(t -> weights.put(t.name(), t.value()));
            List<BoardPriorities> boards = data.boards().stream().map(this::board).toList();
            Map<String, Finding> unownedById = new HashMap<>();
            evaluation.derived(Finding.class).stream()
                    .filter(f -> f.kind() == Finding.Kind.UNOWNED && f.period().equals(period))
                    .forEach(f -> unownedById.put(f.subjectId(), f));
            List<UnownedIndicator> unowned = scores.stream()
                    .filter(s -> unownedById.containsKey(s.indicatorId()))
                    .map(s -> new UnownedIndicator(evidence(s, ""), ruleOf(unownedById.get(s.indicatorId())),
                            unownedById.get(s.indicatorId()).reason()))
                    .sorted(Comparator.comparing((UnownedIndicator u) -> -u.indicator().points())
                            .thenComparing(u -> catalogueOrder.getOrDefault(u.indicator().indicatorId(), 0)))
                    .toList();
            return new PriorityReport(period, data.area().name(), evaluation.ruleSetVersion(), null, ORDERING, weights,
                    boards, new Unowned(HEALTH_AND_WELLBEING_BOARD, "Health and Wellbeing Board", unowned));
        }

        private BoardPriorities board(Board board) {
            Map<String, Workstream> workstreams = new HashMap<>();
            board.workstreams().forEach(w -> workstreams.put(w.id(), w));
            List<Priority> priorities = evaluation.derived(Recommendation.class).stream()
                    .filter(r -> r.boardId().equals(board.id()) && r.period().equals(period))
                    .sorted(Comparator.comparingInt(Recommendation::rank))
                    .map(r -> priority(r, workstreams.get(r.workstreamId())))
                    .toList();
            List<NotMeasured> notMeasured = evaluation.derived(Finding.class).stream()
                    .filter(f -> f.kind() == Finding.Kind.NOT_MEASURED && f.boardId().equals(board.id())
                            && f.period().equals(period))
                    .map(f -> new NotMeasured(f.subjectId(), workstreams.get(f.subjectId()).name(), ruleOf(f), f.reason()))
                    .sorted(Comparator.comparing(NotMeasured::workstreamId))
                    .toList();
            List<LeftOut> leftOut = evaluation.derived(Finding.class).stream()
                    .filter(f -> f.kind() == Finding.Kind.LEFT_OUT && f.boardId().equals(board.id())
                            && f.period().equals(period))
                    .sorted(Comparator.comparingInt((Finding f) -> catalogueOrder.getOrDefault(f.subjectId(), 0)))
                    .map(f -> new LeftOut(f.subjectId(), catalogue.containsKey(f.subjectId())
                            ? catalogue.get(f.subjectId()).name() : f.subjectId(), ruleOf(f), f.reason()))
                    .toList();
            return new BoardPriorities(board.id(), board.name(), priorities, notMeasured, leftOut);
        }

        private Priority priority(Recommendation r, Workstream w) {
            Map<String, String> rationale = new HashMap<>();
            data.links().stream().filter(l -> l.boardId().equals(r.boardId()) && l.workstreamId().equals(r.workstreamId()))
                    .forEach(l -> rationale.put(l.indicatorId(), l.rationale()));
            List<IndicatorEvidence> indicators = scores.stream()
                    .filter(s -> rationale.containsKey(s.indicatorId()))
                    .sorted(Comparator.comparingDouble((IndicatorScore s) -> -s.score())
                            .thenComparingInt(s -> -s.reds())
                            .thenComparingInt(s -> catalogueOrder.getOrDefault(s.indicatorId(), 0)))
                    .map(s -> evidence(s, rationale.get(s.indicatorId())))
                    .toList();
            Optional<Firing> firing = evaluation.firingFor(r);
            return new Priority(r.rank(), r.of(), r.workstreamId(), w.name(), r.score(), r.reds(), r.flags(),
                    firing.map(Firing::rule).orElse(""), firing.map(f -> f.file() + ":" + f.line()).orElse(""),
                    r.reason(), indicators, w.actions());
        }

        private IndicatorEvidence evidence(IndicatorScore s, String rationale) {
            Indicator indicator = catalogue.get(s.indicatorId());
            String key = s.observationKey();
            List<ComparisonEvidence> outcomes = ratings.getOrDefault(key, List.of()).stream()
                    .sorted(Comparator.comparing(Rating::comparator))
                    .map(this::comparison)
                    .toList();
            List<FlagEvidence> flagged = flags.getOrDefault(key, List.of()).stream()
                    .sorted(Comparator.comparing(TrendFlag::severity))
                    .map(f -> new FlagEvidence(f.severity().name(), ruleOf(f), f.reason().text()))
                    .toList();
            List<PointsEvidence> points = contributions.getOrDefault(key, List.of()).stream()
                    .sorted(Comparator.comparingDouble((ScoreContribution c) -> -c.points()).thenComparing(ScoreContribution::weight))
                    .map(c -> new PointsEvidence(c.points(), c.weight(), ruleOf(c), c.reason()))
                    .toList();
            Observation o = observations.get(key);
            QualityMarks.Mark mark = marks.ofRow(key);
            return new IndicatorEvidence(indicator.id(), indicator.name(), indicator.unit(), o.value(),
                    o.timePeriod(), s.score(), ruleOf(s), rationale, outcomes, flagged, points, mark.codes(), mark.reason());
        }

        private ComparisonEvidence comparison(Rating r) {
            Benchmark b = benchmarks.get(r.observationKey() + "#" + r.comparator());
            boolean ranked = r.method() == Method.RANK && b != null && b.hasRank();
            return new ComparisonEvidence(r.comparator().label(), r.outcome().name(), r.method().name(),
                    ranked ? null : r.benchmark(), ranked ? b.rank() : null, ranked ? b.rankOf() : null,
                    ruleOf(r), r.reason().text());
        }

        private String ruleOf(Object derived) {
            return evaluation.ruleFor(derived);
        }
    }
}
