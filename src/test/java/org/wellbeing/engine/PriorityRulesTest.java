package org.wellbeing.engine;

import org.wellbeing.model.Facts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wellbeing.model.Benchmark;
import org.wellbeing.model.Comparator;
import org.wellbeing.model.ComparisonMethod;
import org.wellbeing.model.Finding;
import org.wellbeing.model.Indicator;
import org.wellbeing.model.IndicatorScore;
import org.wellbeing.model.Observation;
import org.wellbeing.model.Polarity;
import org.wellbeing.model.Recommendation;
import org.wellbeing.model.ScoreContribution;
import org.wellbeing.model.Severity;
import org.wellbeing.model.Threshold;
import org.wellbeing.model.TrendFlag;
import org.wellbeing.model.ValueType;
import org.wellbeing.model.Workstream;
import org.wellbeing.model.WorkstreamLink;
import org.wellbeing.model.WorkstreamScore;
import org.wellbeing.rules.RuleBase;
import org.wellbeing.rules.RuleCompiler;
import org.wellbeing.rules.RuleFiles;
import org.wellbeing.rules.RuleSetException;

/**
 * The priority rules in rules/priority/ on small hand-made data: high is good, no confidence intervals, so
 * a value 10% below a benchmark is RED, equal to it AMBER, 10% above GREEN (the 4% band for proportions).
 * Trend flags are inserted by hand, standing in for the trend rules.
 */
class PriorityRulesTest {
    private static final String P1 = "2021/22";
    private static final String P2 = "2022/23";
    private static final String BOARD = "board";

    private static RuleBase live;
    private static Map<String, String> liveFiles;

    @BeforeAll
    static void compileTheBundledRules() throws IOException, RuleSetException {
        liveFiles = RuleFiles.read(Path.of("rules"));
        live = new RuleCompiler().compile("rules", liveFiles);
    }

    // ---- hand-made data ----

    private static Indicator indicator(String id) {
        return new Indicator(id, id + " name", "percent", ValueType.PROPORTION, Polarity.HIGH_IS_GOOD, "test",
                List.of(BOARD), ComparisonMethod.CONFIDENCE_INTERVALS_OR_TOLERANCE, null, "test");
    }

    /** One observation of {@code id} at 50 with England, region (null: not given) and a neighbours rank of 16. */
    private record Row(String id, String period, Double england, Double region, Integer rank) {
        Observation observation() {
            return new Observation(id, "E1", "Town", period, period, "", 50.0, null, null, null, null, null, null, "");
        }

        List<Benchmark> benchmarks() {
            String key = observation().key();
            return List.of(new Benchmark(key, Comparator.ENGLAND, england, null, null, "England"),
                    new Benchmark(key, Comparator.REGION, region, null, null, "Region"),
                    new Benchmark(key, Comparator.NEIGHBOURS, null, rank, rank == null ? null : 16, "nearest neighbours"));
        }
    }

    private static final Double RED = 55.0;     // benchmark 10% above the value 50: RED
    private static final Double AMBER = 50.0;   // benchmark equal to the value: AMBER
    private static final Double GREEN = 45.0;   // benchmark 10% below: GREEN

    private static Row row(String id, Double england, Double region) {
        return new Row(id, P2, england, region, null);
    }

    private static Workstream workstream(String id) {
        return new Workstream(id, BOARD, id + " name", List.of("act on " + id));
    }

    private static WorkstreamLink link(String indicator, String workstream) {
        return new WorkstreamLink(indicator, workstream, BOARD, "test link");
    }

    private static TrendFlag flag(Row row, Severity severity) {
        return new TrendFlag(row.observation().key(), row.id(), "E1", row.period(), severity, org.wellbeing.model.Reason.of("worse by hand"));
    }

    private static Facts facts(List<Row> rows, List<Object> others) {
        List<Indicator> indicators = new ArrayList<>();
        List<Observation> observations = new ArrayList<>();
        List<Benchmark> benchmarks = new ArrayList<>();
        for (Row r : rows) {
            if (indicators.stream().noneMatch(i -> i.id().equals(r.id()))) {
                indicators.add(indicator(r.id()));
            }
            observations.add(r.observation());
            benchmarks.addAll(r.benchmarks());
        }
        return new Facts(indicators, observations, benchmarks, others);
    }

    private static Evaluation evaluate(RuleBase rules, Facts facts) {
        Evaluation evaluation = new Evaluator().evaluate(rules, facts);
        assertEquals(List.of(), evaluation.problems(), "every comparison still has exactly one outcome");
        return evaluation;
    }

    private static RuleBase withThreshold(String name, String oldValue, String newValue) throws RuleSetException {
        Map<String, String> files = new HashMap<>(liveFiles);
        String from = "new Threshold(\"" + name + "\", " + oldValue + ",";
        assertTrue(files.get("thresholds.drl").contains(from), "thresholds.drl sets " + from);
        files.put("thresholds.drl", files.get("thresholds.drl").replace(from, "new Threshold(\"" + name + "\", " + newValue + ","));
        return new RuleCompiler().compile("rules (test copy)", files);
    }

    /** The workstreams of the board in rank order for a period. */
    private static List<String> order(Evaluation evaluation, String period) {
        return evaluation.derived(Recommendation.class).stream()
                .filter(r -> r.boardId().equals(BOARD) && r.period().equals(period))
                .sorted(java.util.Comparator.comparingInt(Recommendation::rank))
                .map(Recommendation::workstreamId).toList();
    }

    private static Recommendation recommendation(Evaluation evaluation, String workstream) {
        return evaluation.derived(Recommendation.class).stream()
                .filter(r -> r.workstreamId().equals(workstream) && r.period().equals(P2)).findFirst().orElseThrow();
    }

    private static List<Finding> findings(Evaluation evaluation, Finding.Kind kind) {
        return evaluation.derived(Finding.class).stream().filter(f -> f.kind() == kind).toList();
    }

    // A workstream acting on an indicator RED against England only, one acting on an indicator RED
    // against the region only (England GREEN), one on an indicator RED against the nearest neighbours only.
    private static final Row ENGLAND_RED = row("england-red", RED, GREEN);
    private static final Row REGION_RED = row("region-red", GREEN, RED);
    private static final Row NEIGHBOURS_RED = new Row("neighbours-red", P2, GREEN, GREEN, 16);

    private static Facts threeWorkstreams() {
        return facts(List.of(ENGLAND_RED, REGION_RED, NEIGHBOURS_RED), List.of(
                workstream("ws-england"), workstream("ws-region"), workstream("ws-neighbours"),
                link("england-red", "ws-england"), link("region-red", "ws-region"),
                link("neighbours-red", "ws-neighbours")));
    }

    // ---- scores and weights ----

    @Test
    void each_red_rating_earns_the_weight_of_its_comparator_and_the_rule_says_which() {
        Evaluation e = evaluate(live, threeWorkstreams());

        ScoreContribution england = e.derived(ScoreContribution.class).stream()
                .filter(c -> c.indicatorId().equals("england-red")).findFirst().orElseThrow();
        assertEquals(3.0, england.points());
        assertEquals("priority.weight.red.england", england.weight());
        Firing firing = e.firingFor(england).orElseThrow();
        assertEquals("RED against England adds priority points", firing.rule());
        assertEquals("priority/points.drl", firing.file());
        assertTrue(firing.matched().contains(new Threshold("priority.weight.red.england", 3.0, "points")),
                "the weight in force is in the trace");
        assertEquals(List.of(3.0, 2.0, 3.0), List.of(recommendation(e, "ws-england").score(),
                recommendation(e, "ws-region").score(), recommendation(e, "ws-neighbours").score()));
    }

    @Test
    void with_the_bundled_weights_red_against_england_or_neighbours_comes_before_red_against_the_region() {
        Evaluation e = evaluate(live, threeWorkstreams());

        // England and neighbours tie on 3 points and 1 RED each: workstream id decides.
        assertEquals(List.of("ws-england", "ws-neighbours", "ws-region"), order(e, P2));
        Recommendation first = recommendation(e, "ws-england");
        assertEquals(1, first.rank());
        assertEquals(3, first.of());
        assertEquals("Rank a board's workstreams: higher score first, then more RED ratings, then workstream id",
                e.ruleFor(first));
    }

    @Test
    void raising_the_region_weight_in_the_rule_file_moves_the_region_workstream_to_the_top() throws RuleSetException {
        Evaluation e = evaluate(withThreshold("priority.weight.red.region", "2.0", "5.0"), threeWorkstreams());

        assertEquals(List.of("ws-region", "ws-england", "ws-neighbours"), order(e, P2));
        assertEquals(5.0, recommendation(e, "ws-region").score());
    }

    @Test
    void lowering_the_england_weight_below_the_region_weight_moves_the_england_workstream_to_the_bottom()
            throws RuleSetException {
        Evaluation e = evaluate(withThreshold("priority.weight.red.england", "3.0", "1.0"), threeWorkstreams());

        assertEquals(List.of("ws-neighbours", "ws-region", "ws-england"), order(e, P2));
    }

    @Test
    void a_weight_of_zero_switches_its_rule_off() throws RuleSetException {
        Evaluation e = evaluate(withThreshold("priority.weight.red.england", "3.0", "0"), threeWorkstreams());

        assertEquals(0.0, recommendation(e, "ws-england").score());
        assertTrue(e.firings().stream().noneMatch(f -> f.rule().equals("RED against England adds priority points")));
        assertEquals("ws-england", order(e, P2).get(2));
    }

    @Test
    void amber_earns_a_point_per_comparator_and_an_indicator_score_is_the_sum_of_its_points() {
        Row mixed = new Row("mixed", P2, RED, AMBER, 8);   // RED England 3, AMBER region 1, AMBER neighbours (8 of 16) 1
        Evaluation e = evaluate(live, facts(List.of(mixed), List.of(workstream("ws"), link("mixed", "ws"))));

        IndicatorScore score = e.derived(IndicatorScore.class).get(0);
        assertEquals(5.0, score.score());
        assertEquals(1, score.reds());
        assertEquals("An indicator's priority score is the sum of its points", e.ruleFor(score));
        assertEquals(2, e.derived(ScoreContribution.class).stream()
                .filter(c -> c.weight().equals("priority.weight.amber")).count());
    }

    @Test
    void worsening_flags_add_points_by_severity_and_can_change_the_order() {
        Row a = row("a", AMBER, GREEN);   // 1 point
        Row b = row("b", RED, GREEN);     // 3 points
        List<Object> others = List.of(workstream("ws-a"), workstream("ws-b"), link("a", "ws-a"), link("b", "ws-b"));

        assertEquals(List.of("ws-b", "ws-a"), order(evaluate(live, facts(List.of(a, b), others)), P2));

        List<Object> flagged = new ArrayList<>(others);
        flagged.add(flag(a, Severity.HIGH));     // +4
        Evaluation e = evaluate(live, facts(List.of(a, b), flagged));

        assertEquals(List.of("ws-a", "ws-b"), order(e, P2));
        assertEquals(5.0, recommendation(e, "ws-a").score());
        assertEquals(1, recommendation(e, "ws-a").flags());
        ScoreContribution fromFlag = e.derived(ScoreContribution.class).stream()
                .filter(c -> c.weight().equals("priority.weight.flag.high")).findFirst().orElseThrow();
        assertEquals("A worsening flag of high severity adds priority points", e.ruleFor(fromFlag));

        flagged.set(flagged.size() - 1, flag(a, Severity.MEDIUM));   // +2: 3 points, ties with b on score; b has the RED
        assertEquals(List.of("ws-b", "ws-a"), order(evaluate(live, facts(List.of(a, b), flagged)), P2));
    }

    @Test
    void a_workstream_score_is_the_sum_over_its_indicators_in_the_period() {
        Row one = row("one", RED, RED);        // 5
        Row two = row("two", AMBER, GREEN);    // 1
        Row earlier = new Row("one", P1, RED, GREEN, null);   // 3, in the other period
        Evaluation e = evaluate(live, facts(List.of(one, two, earlier),
                List.of(workstream("ws"), link("one", "ws"), link("two", "ws"))));

        WorkstreamScore p2 = e.derived(WorkstreamScore.class).stream().filter(s -> s.period().equals(P2)).findFirst().orElseThrow();
        WorkstreamScore p1 = e.derived(WorkstreamScore.class).stream().filter(s -> s.period().equals(P1)).findFirst().orElseThrow();
        assertEquals(new WorkstreamScore(BOARD, "ws", P2, 6.0, 2, 0, 2), p2);
        assertEquals(new WorkstreamScore(BOARD, "ws", P1, 3.0, 1, 0, 1), p1);
        assertEquals("A workstream's priority score is the sum of its indicators' scores", e.ruleFor(p2));
    }

    @Test
    void every_observation_gets_one_score_and_every_workstream_one_rank_per_period() {
        Evaluation e = evaluate(live, threeWorkstreams());

        assertEquals(3, e.derived(IndicatorScore.class).size());
        assertEquals(3, e.derived(WorkstreamScore.class).size());
        assertEquals(List.of(1, 2, 3), e.derived(Recommendation.class).stream().map(Recommendation::rank).sorted().toList());
    }

    // ---- ties ----

    @Test
    void on_equal_scores_more_red_ratings_come_first_whatever_the_ids() {
        Row ambers = new Row("ambers", P2, AMBER, AMBER, 8);   // three AMBERs: 3 points, no RED
        Row red = row("red", RED, GREEN);                       // one RED: 3 points
        Evaluation e = evaluate(live, facts(List.of(ambers, red), List.of(
                workstream("a-ambers"), workstream("b-red"), link("ambers", "a-ambers"), link("red", "b-red"))));

        assertEquals(3.0, recommendation(e, "a-ambers").score());
        assertEquals(3.0, recommendation(e, "b-red").score());
        assertEquals(List.of("b-red", "a-ambers"), order(e, P2));
    }

    @Test
    void equal_scores_and_reds_are_ordered_by_workstream_id_the_same_way_every_time_and_in_any_input_order() {
        Row shared = row("shared", RED, RED);
        List<Row> rows = List.of(shared, row("other", AMBER, GREEN));
        List<Object> others = List.of(workstream("zeta"), workstream("alpha"), workstream("mid"), workstream("low"),
                link("shared", "zeta"), link("shared", "alpha"), link("shared", "mid"), link("other", "low"));

        List<String> first = order(evaluate(live, facts(rows, others)), P2);
        List<String> again = order(evaluate(live, facts(rows, others)), P2);
        List<Object> reversed = new ArrayList<>(others);
        Collections.reverse(reversed);
        List<Row> rowsReversed = new ArrayList<>(rows);
        Collections.reverse(rowsReversed);
        List<String> reordered = order(evaluate(live, facts(rowsReversed, reversed)), P2);

        assertEquals(List.of("alpha", "mid", "zeta", "low"), first);
        assertEquals(first, again);
        assertEquals(first, reordered);
    }

    @Test
    void the_same_workstream_id_under_two_boards_is_ranked_on_each_board_separately() {
        Row r = row("r", RED, GREEN);
        Evaluation e = evaluate(live, facts(List.of(r), List.of(
                new Workstream("hubs", "one", "Hubs", List.of()), new Workstream("hubs", "two", "Hubs", List.of()),
                new Workstream("other", "two", "Other", List.of()),
                new WorkstreamLink("r", "hubs", "one", "x"), new WorkstreamLink("r", "other", "two", "x"))));

        List<Recommendation> recs = e.derived(Recommendation.class);
        assertEquals(2, recs.size());
        assertTrue(recs.stream().allMatch(rec -> rec.rank() == 1 && rec.of() == 1));
        assertEquals(List.of(new Finding(Finding.Kind.NOT_MEASURED, "two", "hubs", P2,
                "no indicator in the mapping is linked to this workstream")), findings(e, Finding.Kind.NOT_MEASURED));
    }

    // ---- gaps ----

    @Test
    void an_indicator_red_or_worsening_with_no_workstream_is_unowned_and_goes_to_the_health_and_wellbeing_board() {
        Row redNoOwner = row("red-no-owner", RED, GREEN);
        Row worseningNoOwner = row("worsening-no-owner", GREEN, GREEN);
        Row fineNoOwner = row("fine-no-owner", AMBER, GREEN);   // AMBER only, not worsening: no finding
        Row redOwned = row("red-owned", RED, RED);
        Evaluation e = evaluate(live, facts(List.of(redNoOwner, worseningNoOwner, fineNoOwner, redOwned), List.of(
                workstream("ws"), link("red-owned", "ws"), flag(worseningNoOwner, Severity.LOW))));

        List<Finding> unowned = findings(e, Finding.Kind.UNOWNED);
        assertEquals(List.of("red-no-owner", "worsening-no-owner"),
                unowned.stream().map(Finding::subjectId).sorted().toList());
        assertTrue(unowned.stream().allMatch(f -> f.boardId().equals("health-and-wellbeing-board") && f.period().equals(P2)));
        assertEquals("Unowned: an indicator RED or worsening with no workstream goes to the Health and Wellbeing Board",
                e.ruleFor(unowned.get(0)));
    }

    @Test
    void a_workstream_with_no_indicator_in_a_period_is_not_measured_in_it_and_is_not_ranked() {
        Row early = new Row("early", P1, RED, GREEN, null);
        Row late = row("late", RED, GREEN);
        Evaluation e = evaluate(live, facts(List.of(early, late), List.of(
                workstream("measured"), workstream("unlinked"), workstream("only-early"),
                link("late", "measured"), link("early", "only-early"))));

        List<Finding> notMeasured = findings(e, Finding.Kind.NOT_MEASURED);
        List<String> found = notMeasured.stream().map(f -> f.subjectId() + " " + f.period()).sorted().toList();
        assertEquals(List.of("measured 2021/22", "only-early 2022/23", "unlinked 2021/22", "unlinked 2022/23"), found);
        Finding onlyEarly = notMeasured.stream().filter(f -> f.subjectId().equals("only-early")).findFirst().orElseThrow();
        assertEquals("none of the indicators linked to this workstream has an observation for 2022/23", onlyEarly.reason());
        assertEquals("Not measured: no indicator linked to the workstream has an observation in the period",
                e.ruleFor(onlyEarly));
        assertEquals(List.of("measured"), order(e, P2));
        assertEquals(List.of("only-early"), order(e, P1));
        assertTrue(findings(e, Finding.Kind.UNOWNED).isEmpty());
    }
}
