package org.wellbeing.scenarios;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.wellbeing.model.Benchmark;
import org.wellbeing.model.Comparator;
import org.wellbeing.model.ComparisonMethod;
import org.wellbeing.model.Goal;
import org.wellbeing.model.Indicator;
import org.wellbeing.model.Method;
import org.wellbeing.model.CiMethod;
import org.wellbeing.model.Observation;
import org.wellbeing.model.Outcome;
import org.wellbeing.model.Polarity;
import org.wellbeing.model.Severity;
import org.wellbeing.model.QualityFlag;
import org.wellbeing.model.SuppliedTrend;
import org.wellbeing.model.ValueType;
import org.wellbeing.model.Workstream;
import org.wellbeing.model.WorkstreamLink;

/**
 * Reads scenario files ({@code *.yaml}, {@code *.yml}) as described in {@code rules/tests/README.md}.
 * Indicators are written inline or named by their id in the catalogue. Every problem of every file is
 * reported at once, naming file, line and YAML field path; a file with any problem is not run.
 */
public final class ScenarioReader {
    static final Set<String> FILE_KEYS = Set.of("scenarios");
    static final Set<String> SCENARIO_KEYS =
            new LinkedHashSet<>(List.of("name", "indicator", "indicators", "observations", "workstreams", "expect"));
    static final Set<String> WORKSTREAM_KEYS = new LinkedHashSet<>(List.of("board", "id", "name", "indicators"));
    static final Set<String> INDICATOR_KEYS = new LinkedHashSet<>(List.of("id", "from", "name", "unit",
            "value_type", "polarity", "comparison_method", "ci_method", "goal", "boards", "in_catalogue",
            "similar_band_absolute"));
    static final Set<String> OBSERVATION_KEYS = new LinkedHashSet<>(List.of("indicator", "period", "time_period",
            "value", "lower95", "upper95", "lower998", "upper998", "count", "denominator", "england", "region",
            "neighbours", "supplied_trend", "quality"));
    static final Set<String> EXPECT_KEYS = new LinkedHashSet<>(List.of("indicator", "period", "england", "region",
            "neighbours", "goal", "trend", "flag", "score", "unowned", "left_out"));
    static final Set<String> BOARD_EXPECT_KEYS =
            new LinkedHashSet<>(List.of("board", "period", "ranking", "workstream", "rank", "score", "not_measured"));
    /** How a trend may have been reached (TrendEvidence's methods, and SUPPLIED). */
    static final List<String> TREND_METHODS =
            List.of("WEIGHTED_REGRESSION", "ARMITAGE", "SHORT_SERIES", "SUPPLIED", "NONE");
    /** What {@code flag:} accepts besides the severities. */
    static final String NO_FLAG = "none";

    private final Map<String, Indicator> catalogue = new LinkedHashMap<>();
    private final String catalogueName;

    /**
     * @param catalogue     indicators a scenario may name by id
     * @param catalogueName where they come from, for messages (e.g. {@code data/luton/indicators.csv})
     */
    public ScenarioReader(List<Indicator> catalogue, String catalogueName) {
        catalogue.forEach(i -> this.catalogue.put(i.id(), i));
        this.catalogueName = catalogueName;
    }

    /** Every scenario of every {@code .yaml}/{@code .yml} file under {@code dir}, files in path order. */
    public List<Scenario> readDirectory(Path dir) throws IOException, ScenarioException {
        if (!Files.isDirectory(dir)) {
            throw new IOException("scenario directory not found: " + dir);
        }
        List<Path> files;
        try (Stream<Path> paths = Files.walk(dir)) {
            files = paths.filter(Files::isRegularFile).filter(ScenarioReader::isScenarioFile).sorted().toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        List<Scenario> scenarios = new ArrayList<>();
        List<ScenarioProblem> problems = new ArrayList<>();
        for (Path file : files) {
            try {
                scenarios.addAll(read(file.toString().replace('\\', '/'), Files.readString(file, StandardCharsets.UTF_8)));
            } catch (ScenarioException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
        return scenarios;
    }

    public static boolean isScenarioFile(Path p) {
        String name = p.getFileName().toString();
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }

    /** The scenarios of one file's text; {@code file} is used in messages and results. */
    public List<Scenario> read(String file, String text) throws ScenarioException {
        YamlDocument document = YamlDocument.parse(file, text);
        List<ScenarioProblem> problems = new ArrayList<>();
        Node root = new Node(document.root, "", file, document, problems);
        List<Scenario> scenarios = new ArrayList<>();
        if (!root.present()) {
            root.error("empty file: expected 'scenarios:' and a list of scenarios");
        } else if (root.map(FILE_KEYS)) {
            Node list = root.field("scenarios");
            if (!list.present()) {
                list.error("missing: a scenario file holds 'scenarios:' and a list of scenarios");
            }
            Set<String> names = new HashSet<>();
            for (Node item : list.items(false)) {
                int before = problems.size();
                Scenario s = scenario(file, item);
                if (s != null && !names.add(s.name())) {
                    item.field("name").error("a second scenario called '" + s.name() + "' in this file");
                }
                if (problems.size() == before && s != null) {
                    scenarios.add(s);
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
        return scenarios;
    }

    private Scenario scenario(String file, Node n) {
        if (!n.map(SCENARIO_KEYS)) {
            return null;
        }
        String name = n.field("name").text(true);
        Node one = n.field("indicator");
        Node many = n.field("indicators");
        if (one.present() && many.present()) {
            many.error("give 'indicator' (one) or 'indicators' (a list), not both");
        }
        if (!one.present() && !many.present()) {
            n.field("indicator").error("missing: name the indicator (a catalogue id or its fields)");
        }
        List<Indicator> indicators = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        List<Node> indicatorNodes = one.present() ? List.of(one) : many.items(false);
        for (Node i : indicatorNodes) {
            String withheld = withheld(i);
            Indicator indicator = withheld == null ? indicator(i) : null;
            String id = withheld != null ? withheld : indicator == null ? null : indicator.id();
            if (id != null && ids.contains(id)) {
                i.error("indicator '" + id + "' is given twice");
            } else if (id != null) {
                ids.add(id);
                if (indicator != null) {
                    indicators.add(indicator);
                }
            }
        }

        List<Observation> observations = new ArrayList<>();
        List<Benchmark> benchmarks = new ArrayList<>();
        List<Object> others = new ArrayList<>();
        Node observationList = n.field("observations");
        if (!observationList.present()) {
            observationList.error("missing: give at least one observation (period, value, benchmarks)");
        }
        for (Node o : observationList.items(false)) {
            observation(o, ids, observations, benchmarks, others);
        }

        Set<String> workstreamKeys = new LinkedHashSet<>();
        for (Node w : n.field("workstreams").items(false)) {
            workstream(w, ids, workstreamKeys, others);
        }

        List<Expectation> expectations = new ArrayList<>();
        Node expectList = n.field("expect");
        if (!expectList.present()) {
            expectList.error("missing: say what the rules must give (england, region, neighbours, goal, trend, flag, "
                    + "score, unowned, or a board's ranking)");
        }
        for (Node e : expectList.items(true)) {
            if (e.isMap() && e.field("board").present()) {
                boardExpectations(e, observations, workstreamKeys, expectations);
            } else {
                expectations(e, ids, observations, expectations);
            }
        }
        if (name == null) {
            return null;
        }
        return new Scenario(file, n.line(), name, indicators, observations, benchmarks, others, expectations);
    }

    /**
     * The id of an indicator written with {@code in_catalogue: false}: its observations go in, its catalogue
     * entry does not, to test what the rules do with data for an indicator the catalogue lacks. Null otherwise.
     */
    private static String withheld(Node n) {
        if (!n.isMap() || !n.field("in_catalogue").present()) {
            return null;
        }
        String flag = n.field("in_catalogue").choice(List.of("true", "false"), false);
        if (!"false".equals(flag)) {
            return null;
        }
        n.map(INDICATOR_KEYS);
        return n.field("id").text(true);
    }

    private Indicator indicator(Node n) {
        if (!n.isMap()) {
            String id = n.text(true);
            if (id == null) {
                return null;
            }
            Indicator found = catalogue.get(id);
            if (found == null) {
                n.error("not in the catalogue (" + catalogueName + "): '" + id + "'");
            }
            return found;
        }
        n.map(INDICATOR_KEYS);
        Indicator base = null;
        String from = n.field("from").text(false);
        if (from != null) {
            base = catalogue.get(from);
            if (base == null) {
                n.field("from").error("not in the catalogue (" + catalogueName + "): '" + from + "'");
                return null;
            }
        }
        boolean inline = base == null;
        String id = n.field("id").text(inline);
        String name = n.field("name").text(false);
        String unit = n.field("unit").text(false);
        ValueType valueType = n.field("value_type").constant(ValueType.class, inline);
        Polarity polarity = n.field("polarity").constant(Polarity.class, inline);
        ComparisonMethod method = n.field("comparison_method").constant(ComparisonMethod.class, inline);
        CiMethod ciMethod = inline ? null : base.ciMethod();
        String ciText = n.field("ci_method").text(false);
        if (ciText != null) {
            try {
                ciMethod = CiMethod.parse(ciText);
            } catch (IllegalArgumentException e) {
                n.field("ci_method").error(e.getMessage());
            }
        }
        Goal goal = inline ? null : base.goal();
        Node goalNode = n.field("goal");
        if (goalNode.present()) {
            goal = goal(goalNode);
        }
        List<String> boards = inline ? List.of() : base.boards();
        Node boardsNode = n.field("boards");
        if (boardsNode.present()) {
            boards = boardsNode.items(true).stream().map(b -> b.text(true)).filter(b -> b != null).toList();
        }
        Double band = inline ? null : base.similarBandAbsolute();
        Node bandNode = n.field("similar_band_absolute");
        if (bandNode.present()) {
            band = bandNode.number();
            if (band != null && band <= 0) {
                bandNode.error("must be above 0, got " + band);
                band = null;
            }
        }
        if (inline && (id == null || valueType == null || polarity == null || method == null)) {
            return null;
        }
        if (inline) {
            return new Indicator(id, name == null ? id : name, unit == null ? "" : unit, valueType, polarity,
                    "scenario", boards, method, goal, "scenario", band, ciMethod);
        }
        return new Indicator(id == null ? base.id() : id, name == null ? base.name() : name,
                unit == null ? base.unit() : unit, valueType == null ? base.valueType() : valueType,
                polarity == null ? base.polarity() : polarity,
                polarity == null ? base.polaritySource() : "scenario", boards,
                method == null ? base.comparisonMethod() : method, goal, base.source(), band, ciMethod);
    }

    private static Goal goal(Node n) {
        if (!n.isMap()) {
            String t = n.text(false);
            if (!NO_FLAG.equalsIgnoreCase(t)) {
                n.error("expected 'lower:' and 'upper:', or 'none'");
            }
            return null;
        }
        n.map(new LinkedHashSet<>(List.of("lower", "upper")));
        Double lower = n.field("lower").number();
        Double upper = n.field("upper").number();
        if (lower == null || upper == null) {
            (lower == null ? n.field("lower") : n.field("upper")).error("missing: a goal needs lower and upper");
            return null;
        }
        if (lower > upper) {
            n.field("lower").error("goal lower " + lower + " is above upper " + upper);
            return null;
        }
        return new Goal(lower, upper);
    }

    private static String indicatorOf(Node n, List<String> ids) {
        String id = n.field("indicator").text(false);
        if (id == null) {
            if (ids.size() == 1) {
                return ids.get(0);
            }
            if (ids.size() > 1) {
                n.field("indicator").error("missing: the scenario has several indicators, say which ("
                        + String.join(", ", ids) + ")");
            }
            return null;
        }
        if (!ids.contains(id)) {
            n.field("indicator").error("not an indicator of this scenario: '" + id + "' (it has "
                    + String.join(", ", ids) + ")");
            return null;
        }
        return id;
    }

    private static void observation(Node n, List<String> ids, List<Observation> observations,
                                    List<Benchmark> benchmarks, List<Object> others) {
        if (!n.map(OBSERVATION_KEYS)) {
            return;
        }
        String id = indicatorOf(n, ids);
        String period = n.field("period").text(true);
        String timePeriod = n.field("time_period").text(false);
        Double value = n.field("value").number();
        Double lower95 = n.field("lower95").number();
        Double upper95 = n.field("upper95").number();
        Double lower998 = n.field("lower998").number();
        Double upper998 = n.field("upper998").number();
        Double count = n.field("count").number();
        Double denominator = n.field("denominator").number();
        Double england = n.field("england").number();
        Double region = n.field("region").number();
        Integer rank = null;
        Integer rankOf = null;
        Double neighbourValue = null;
        Node nn = n.field("neighbours");
        if (nn.present() && nn.map(new LinkedHashSet<>(List.of("rank", "of", "value")))) {
            rank = nn.field("rank").wholeNumber();
            rankOf = nn.field("of").wholeNumber();
            neighbourValue = nn.field("value").number();
            if ((rank == null) != (rankOf == null)) {
                nn.field(rank == null ? "rank" : "of").error("missing: a rank needs both rank and of");
            } else if (rank != null && (rank < 1 || rank > rankOf)) {
                nn.field("rank").error("rank " + rank + " is not between 1 and " + rankOf);
            }
        }
        if (id == null || period == null) {
            return;
        }
        Observation o = new Observation(id, Scenario.AREA_CODE, Scenario.AREA_NAME, period,
                timePeriod == null ? period : timePeriod, "", value, lower95, upper95, lower998, upper998,
                count, denominator, "");
        if (observations.stream().anyMatch(x -> x.key().equals(o.key()))) {
            n.field("period").error("a second observation of " + id + " for period " + period);
            return;
        }
        observations.add(o);
        benchmarks.add(new Benchmark(o.key(), Comparator.ENGLAND, england, null, null, "England"));
        benchmarks.add(new Benchmark(o.key(), Comparator.REGION, region, null, null, "the region"));
        benchmarks.add(new Benchmark(o.key(), Comparator.NEIGHBOURS, neighbourValue, rank, rankOf,
                neighbourValue != null ? "nearest neighbours' value" : "nearest neighbours"));
        Node quality = n.field("quality");
        if (quality.present()) {
            List<Node> codes = quality.isList() ? quality.items(true) : List.of(quality);
            for (Node c : codes) {
                String code = c.text(true);
                if (code == null) {
                    continue;
                }
                if (!QualityFlag.TOWN_CODES.contains(code) && !QualityFlag.OFFICIAL_CODES.contains(code)) {
                    c.error("not a quality code: '" + code + "' (expected one of " + String.join(", ", QualityFlag.TOWN_CODES)
                            + ", " + String.join(", ", QualityFlag.OFFICIAL_CODES) + ")");
                } else {
                    others.add(QualityFlag.ofData(o, code, "from the scenario"));
                }
            }
        }
        Node supplied = n.field("supplied_trend");
        if (supplied.present()) {
            if (supplied.isMap()) {
                supplied.map(new LinkedHashSet<>(List.of("label", "source")));
                String label = supplied.field("label").text(true);
                String source = supplied.field("source").text(false);
                if (label != null) {
                    others.add(new SuppliedTrend(o.key(), label, source == null ? "the scenario" : source));
                }
            } else {
                String label = supplied.text(true);
                if (label != null) {
                    others.add(new SuppliedTrend(o.key(), label, "the scenario"));
                }
            }
        }
    }

    private static void expectations(Node n, List<String> ids, List<Observation> observations,
                                     List<Expectation> out) {
        if (!n.map(EXPECT_KEYS)) {
            return;
        }
        String id = indicatorOf(n, ids);
        String period = n.field("period").text(false);
        if (id != null) {
            List<String> periods = observations.stream().filter(o -> o.indicatorId().equals(id))
                    .map(Observation::period).sorted().toList();
            if (period == null && !periods.isEmpty()) {
                period = periods.get(periods.size() - 1);
            } else if (period != null && !periods.contains(period)) {
                n.field("period").error("no observation of " + id + " for period " + period
                        + (periods.isEmpty() ? "" : " (observed: " + String.join(", ", periods) + ")"));
                return;
            }
        }
        int before = out.size();
        for (Comparator c : Comparator.values()) {
            Node e = n.field(c.label());
            if (!e.present()) {
                continue;
            }
            String outcome;
            String method = null;
            String rule = null;
            if (e.isMap()) {
                e.map(new LinkedHashSet<>(List.of("outcome", "method", "rule")));
                outcome = name(e.field("outcome").constant(Outcome.class, true));
                method = name(e.field("method").constant(Method.class, false));
                rule = e.field("rule").text(false);
            } else {
                outcome = name(e.constant(Outcome.class, true));
            }
            if (outcome != null) {
                out.add(new Expectation(Expectation.Kind.OUTCOME, id, null, period, c.label(), outcome, method, rule,
                        e.path, e.line()));
            }
        }
        Node trend = n.field("trend");
        if (trend.present()) {
            String label;
            String method = null;
            String rule = null;
            if (trend.isMap()) {
                trend.map(new LinkedHashSet<>(List.of("label", "method", "rule")));
                label = trend.field("label").text(true);
                method = trend.field("method").choice(TREND_METHODS, false);
                rule = trend.field("rule").text(false);
            } else {
                label = trend.text(true);
            }
            if (label != null) {
                out.add(new Expectation(Expectation.Kind.TREND, id, null, period, "trend", label, method, rule,
                        trend.path, trend.line()));
            }
        }
        Node flag = n.field("flag");
        if (flag.present()) {
            String severity;
            String rule = null;
            List<String> choices = new ArrayList<>();
            choices.add(NO_FLAG);
            for (Severity s : Severity.values()) {
                choices.add(s.name());
            }
            if (flag.isMap()) {
                flag.map(new LinkedHashSet<>(List.of("severity", "rule")));
                severity = flag.field("severity").choice(choices, true);
                rule = flag.field("rule").text(false);
            } else {
                severity = flag.choice(choices, true);
            }
            if (severity != null) {
                out.add(new Expectation(Expectation.Kind.FLAG, id, null, period, "flag", severity, null, rule,
                        flag.path, flag.line()));
            }
        }
        Node score = n.field("score");
        if (score.present()) {
            Double points = score.number();
            if (points != null) {
                out.add(new Expectation(Expectation.Kind.SCORE, id, null, period, "score", number(points), null, null,
                        score.path, score.line()));
            }
        }
        Node unowned = n.field("unowned");
        if (unowned.present()) {
            String yes = unowned.choice(List.of("true", "false"), true);
            if (yes != null) {
                out.add(new Expectation(Expectation.Kind.UNOWNED, id, null, period, "unowned", yes, null, null,
                        unowned.path, unowned.line()));
            }
        }
        Node leftOut = n.field("left_out");
        if (leftOut.present()) {
            String yes = leftOut.choice(List.of("true", "false"), true);
            if (yes != null) {
                out.add(new Expectation(Expectation.Kind.LEFT_OUT, id, null, period, "left_out", yes, null, null,
                        leftOut.path, leftOut.line()));
            }
        }
        if (out.size() == before && !flag.present() && !trend.present() && !score.present() && !unowned.present()
                && !leftOut.present()
                && java.util.Arrays.stream(Comparator.values()).noneMatch(c -> n.field(c.label()).present())) {
            n.error("nothing expected: give england, region, neighbours, goal, trend, flag, score, unowned or left_out");
        }
        if (id == null || period == null) {
            while (out.size() > before) {
                out.remove(out.size() - 1);
            }
        }
    }

    /**
     * A workstream of a board acting on some of the scenario's indicators: a {@link Workstream} and one
     * {@link WorkstreamLink} per indicator. An empty list gives a workstream nothing measures.
     */
    private static void workstream(Node n, List<String> ids, Set<String> keys, List<Object> others) {
        if (!n.map(WORKSTREAM_KEYS)) {
            return;
        }
        String board = n.field("board").text(true);
        String id = n.field("id").text(true);
        String name = n.field("name").text(false);
        List<String> linked = new ArrayList<>();
        for (Node i : n.field("indicators").items(true)) {
            String indicator = i.text(true);
            if (indicator != null && !ids.contains(indicator)) {
                i.error("not an indicator of this scenario: '" + indicator + "' (it has " + String.join(", ", ids) + ")");
            } else if (indicator != null) {
                linked.add(indicator);
            }
        }
        if (board == null || id == null) {
            return;
        }
        if (!keys.add(board + "/" + id)) {
            n.field("id").error("workstream '" + id + "' of board '" + board + "' is given twice");
            return;
        }
        others.add(new Workstream(id, board, name == null ? id : name, List.of()));
        linked.forEach(i -> others.add(new WorkstreamLink(i, id, board, "scenario")));
    }

    /** A board's expectations: its ranking, one workstream's rank and score, the workstreams it cannot measure. */
    private static void boardExpectations(Node n, List<Observation> observations, Set<String> workstreamKeys,
                                          List<Expectation> out) {
        if (!n.map(BOARD_EXPECT_KEYS)) {
            return;
        }
        String board = n.field("board").text(true);
        List<String> periods = observations.stream().map(Observation::period).distinct().sorted().toList();
        String period = n.field("period").text(false);
        if (period == null && !periods.isEmpty()) {
            period = periods.get(periods.size() - 1);
        } else if (period != null && !periods.contains(period)) {
            n.field("period").error("no observation for period " + period
                    + (periods.isEmpty() ? "" : " (observed: " + String.join(", ", periods) + ")"));
            return;
        }
        if (board == null || period == null) {
            return;
        }
        int before = out.size();
        Node ranking = n.field("ranking");
        if (ranking.present()) {
            List<String> order = workstreams(ranking, board, workstreamKeys);
            if (order != null) {
                out.add(new Expectation(Expectation.Kind.RANKING, null, board, period, "ranking",
                        String.join(", ", order), null, null, ranking.path, ranking.line()));
            }
        }
        Node workstream = n.field("workstream");
        Node rank = n.field("rank");
        Node score = n.field("score");
        if (workstream.present()) {
            String id = workstream.text(true);
            Integer r = rank.wholeNumber();
            Double points = score.number();
            if (id != null && !workstreamKeys.contains(board + "/" + id)) {
                workstream.error("not a workstream of board '" + board + "' in this scenario: '" + id + "'");
            } else if (id != null && (r != null || points != null)) {
                out.add(new Expectation(Expectation.Kind.RANK, null, board, period, id,
                        r == null ? null : r.toString(), points == null ? null : number(points), null,
                        workstream.path, workstream.line()));
            } else if (id != null && !rank.present() && !score.present()) {
                workstream.error("say what is expected of the workstream: rank, score or both");
            }
        } else if (rank.present() || score.present()) {
            (rank.present() ? rank : score).error("name the workstream: 'workstream:'");
        }
        Node notMeasured = n.field("not_measured");
        if (notMeasured.present()) {
            List<String> ids = workstreams(notMeasured, board, workstreamKeys);
            if (ids != null) {
                out.add(new Expectation(Expectation.Kind.NOT_MEASURED, null, board, period, "not_measured",
                        String.join(", ", ids.stream().sorted().toList()), null, null, notMeasured.path,
                        notMeasured.line()));
            }
        }
        if (out.size() == before && !ranking.present() && !workstream.present() && !notMeasured.present()) {
            n.error("nothing expected of the board: give ranking, workstream with rank or score, or not_measured");
        }
    }

    private static List<String> workstreams(Node list, String board, Set<String> keys) {
        List<String> ids = new ArrayList<>();
        boolean ok = true;
        for (Node w : list.items(true)) {
            String id = w.text(false);
            if (id == null) {
                continue;
            }
            if (!keys.contains(board + "/" + id)) {
                w.error("not a workstream of board '" + board + "' in this scenario: '" + id + "'");
                ok = false;
            }
            ids.add(id);
        }
        return ok ? ids : null;
    }

    /** A number as expectations hold it: no trailing ".0". */
    static String number(double d) {
        return java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }
}
