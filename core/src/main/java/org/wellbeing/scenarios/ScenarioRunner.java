package org.wellbeing.scenarios;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.wellbeing.engine.CoverageProblem;
import org.wellbeing.engine.Evaluation;
import org.wellbeing.engine.Evaluator;
import org.wellbeing.engine.Firing;
import org.wellbeing.engine.RuleUse;
import org.wellbeing.model.Finding;
import org.wellbeing.model.IndicatorScore;
import org.wellbeing.model.Observation;
import org.wellbeing.model.Rating;
import org.wellbeing.model.Recommendation;
import org.wellbeing.model.ScoreContribution;
import org.wellbeing.model.Trend;
import org.wellbeing.model.TrendFlag;
import org.wellbeing.rules.RuleBase;

/**
 * Runs scenarios on a rule base: one evaluation per scenario, then each expectation checked against what the
 * rules derived. A scenario also fails when any of its comparisons ends with no outcome or several.
 * Used by {@code test-rules} and by the JUnit test that runs every file under {@code rules/tests/}.
 */
public final class ScenarioRunner {
    private final Evaluator evaluator = new Evaluator();

    public List<ScenarioResult> run(RuleBase rules, List<Scenario> scenarios) {
        return scenarios.stream().map(s -> run(rules, s)).toList();
    }

    public ScenarioResult run(RuleBase rules, Scenario scenario) {
        Evaluation evaluation = evaluator.evaluate(rules, scenario.facts());
        List<String> failures = new ArrayList<>();
        for (CoverageProblem p : evaluation.problems()) {
            failures.add(p.message() + " (" + p.where() + ")");
        }
        boolean several = scenario.indicators().size() > 1;
        for (Expectation e : scenario.expectations()) {
            String failure = switch (e.kind()) {
                case OUTCOME -> checkOutcome(e, evaluation);
                case TREND -> checkTrend(e, evaluation);
                case FLAG -> checkFlag(e, evaluation);
                case SCORE -> checkScore(e, evaluation);
                case UNOWNED -> checkUnowned(e, evaluation);
                case LEFT_OUT -> checkLeftOut(e, evaluation);
                case RANKING -> checkRanking(e, evaluation);
                case RANK -> checkRank(e, evaluation);
                case NOT_MEASURED -> checkNotMeasured(e, evaluation);
            };
            if (failure != null) {
                failures.add("line " + e.line() + ": " + (several && e.indicatorId() != null ? e.indicatorId() + " " : "")
                        + e.label() + ": " + failure);
            }
        }
        return new ScenarioResult(scenario, failures, RuleUse.of(evaluation));
    }

    /** The plain summary line: {@code N passed, M failed}. */
    public static String summary(List<ScenarioResult> results) {
        long passed = results.stream().filter(ScenarioResult::passed).count();
        return passed + " passed, " + (results.size() - passed) + " failed";
    }

    private static String key(Expectation e) {
        return Observation.keyOf(e.indicatorId(), Scenario.AREA_CODE, e.period(), "");
    }

    private static String checkOutcome(Expectation e, Evaluation evaluation) {
        List<Rating> found = evaluation.ratings().stream()
                .filter(r -> r.observationKey().equals(key(e)) && r.comparator().label().equals(e.subject()))
                .toList();
        if (found.size() != 1) {
            return expected(e) + ", got " + several(found.size(), "outcome", found.stream()
                    .map(r -> r.outcome() + from(evaluation.firingFor(r).orElse(null))).toList());
        }
        Rating r = found.get(0);
        Firing f = evaluation.firingFor(r).orElse(null);
        boolean ok = r.outcome().name().equals(e.expected())
                && (e.method() == null || e.method().equals(r.method().name()))
                && ruleMatches(e, f);
        return ok ? null : expected(e) + ", got " + r.outcome() + " by method " + r.method() + from(f)
                + "; " + r.reason();
    }

    private static String checkTrend(Expectation e, Evaluation evaluation) {
        List<Trend> found = evaluation.derived(Trend.class).stream()
                .filter(t -> t.observationKey().equals(key(e))).toList();
        if (found.size() != 1) {
            return expected(e) + ", got " + several(found.size(), "trend", found.stream()
                    .map(t -> "\"" + t.label() + "\"" + from(evaluation.firingFor(t).orElse(null))).toList());
        }
        Trend t = found.get(0);
        Firing f = evaluation.firingFor(t).orElse(null);
        boolean ok = t.label().equals(e.expected())
                && (e.method() == null || e.method().equals(t.method()))
                && ruleMatches(e, f);
        return ok ? null : expected(e) + ", got \"" + t.label() + "\" by method " + t.method() + from(f)
                + "; " + t.reason();
    }

    private static String checkFlag(Expectation e, Evaluation evaluation) {
        List<TrendFlag> found = evaluation.derived(TrendFlag.class).stream()
                .filter(t -> t.observationKey().equals(key(e))).toList();
        boolean wantNone = ScenarioReader.NO_FLAG.equals(e.expected());
        if (found.isEmpty()) {
            return wantNone ? null : expected(e) + ", got no flag";
        }
        if (found.size() > 1) {
            return expected(e) + ", got " + several(found.size(), "flag", found.stream()
                    .map(t -> t.severity() + from(evaluation.firingFor(t).orElse(null))).toList());
        }
        TrendFlag flag = found.get(0);
        Firing f = evaluation.firingFor(flag).orElse(null);
        boolean ok = !wantNone && flag.severity().name().equals(e.expected()) && ruleMatches(e, f);
        return ok ? null : expected(e) + ", got a " + flag.severity() + " flag" + from(f) + "; " + flag.reason();
    }

    private static String checkScore(Expectation e, Evaluation evaluation) {
        List<IndicatorScore> found = evaluation.derived(IndicatorScore.class).stream()
                .filter(s -> s.observationKey().equals(key(e))).toList();
        if (found.size() != 1) {
            return "expected " + e.expected() + " points, got " + several(found.size(), "score",
                    found.stream().map(s -> ScenarioReader.number(s.score())).toList());
        }
        double got = found.get(0).score();
        if (Math.abs(got - Double.parseDouble(e.expected())) < 1e-6) {
            return null;
        }
        String from = evaluation.derived(ScoreContribution.class).stream()
                .filter(c -> c.observationKey().equals(key(e)))
                .map(c -> ScenarioReader.number(c.points()) + " for " + c.reason() + " (" + c.weight() + ")")
                .collect(Collectors.joining(", "));
        return "expected " + e.expected() + " points, got " + ScenarioReader.number(got)
                + (from.isEmpty() ? "" : ": " + from);
    }

    private static String checkUnowned(Expectation e, Evaluation evaluation) {
        List<Finding> found = evaluation.derived(Finding.class).stream()
                .filter(f -> f.kind() == Finding.Kind.UNOWNED && f.subjectId().equals(e.indicatorId())
                        && f.period().equals(e.period())).toList();
        boolean want = Boolean.parseBoolean(e.expected());
        if (want == !found.isEmpty()) {
            return null;
        }
        return want ? "expected an unowned finding, got none" : "expected no unowned finding, got: " + found.get(0).reason();
    }

    private static String checkLeftOut(Expectation e, Evaluation evaluation) {
        List<Finding> found = evaluation.derived(Finding.class).stream()
                .filter(f -> f.kind() == Finding.Kind.LEFT_OUT && f.subjectId().equals(e.indicatorId())
                        && f.period().equals(e.period())).toList();
        boolean want = Boolean.parseBoolean(e.expected());
        if (want == !found.isEmpty()) {
            return null;
        }
        return want ? "expected the boards to be told it was left out, got no such finding"
                : "expected it not left out, got: " + found.get(0).reason();
    }

    private static List<Recommendation> ranked(Expectation e, Evaluation evaluation) {
        return evaluation.derived(Recommendation.class).stream()
                .filter(r -> r.boardId().equals(e.board()) && r.period().equals(e.period()))
                .sorted(java.util.Comparator.comparingInt(Recommendation::rank)).toList();
    }

    private static String checkRanking(Expectation e, Evaluation evaluation) {
        List<Recommendation> ranked = ranked(e, evaluation);
        String got = ranked.stream().map(Recommendation::workstreamId).collect(Collectors.joining(", "));
        if (got.equals(e.expected())) {
            return null;
        }
        return "expected [" + e.expected() + "], got [" + ranked.stream()
                .map(r -> r.rank() + ". " + r.workstreamId() + " (score " + ScenarioReader.number(r.score()) + ")")
                .collect(Collectors.joining(", ")) + "]";
    }

    private static String checkRank(Expectation e, Evaluation evaluation) {
        List<Recommendation> found = ranked(e, evaluation).stream()
                .filter(r -> r.workstreamId().equals(e.subject())).toList();
        String wanted = (e.expected() == null ? "" : "rank " + e.expected())
                + (e.expected() != null && e.method() != null ? " with " : "")
                + (e.method() == null ? "" : "score " + e.method());
        if (found.size() != 1) {
            return "expected " + wanted + ", got " + several(found.size(), "rank",
                    found.stream().map(r -> Integer.toString(r.rank())).toList());
        }
        Recommendation r = found.get(0);
        boolean ok = (e.expected() == null || Integer.parseInt(e.expected()) == r.rank())
                && (e.method() == null || Math.abs(Double.parseDouble(e.method()) - r.score()) < 1e-6);
        return ok ? null : "expected " + wanted + ", got rank " + r.rank() + " of " + r.of() + " with score "
                + ScenarioReader.number(r.score()) + "; " + r.reason();
    }

    private static String checkNotMeasured(Expectation e, Evaluation evaluation) {
        String got = evaluation.derived(Finding.class).stream()
                .filter(f -> f.kind() == Finding.Kind.NOT_MEASURED && f.boardId().equals(e.board())
                        && f.period().equals(e.period()))
                .map(Finding::subjectId).distinct().sorted().collect(Collectors.joining(", "));
        return got.equals(e.expected()) ? null : "expected [" + e.expected() + "], got [" + got + "]";
    }

    /** {@code rule:} names a rule by its stable id (what scenarios should use) or by its title. */
    private static boolean ruleMatches(Expectation e, Firing f) {
        return e.rule() == null || (f != null && (e.rule().equals(f.ruleId()) || e.rule().equals(f.rule())));
    }

    private static String expected(Expectation e) {
        String what = switch (e.kind()) {
            case OUTCOME -> e.expected();
            case TREND -> "\"" + e.expected() + "\"";
            case FLAG -> ScenarioReader.NO_FLAG.equals(e.expected()) ? "no flag" : "a " + e.expected() + " flag";
            default -> e.expected();
        };
        return "expected " + what + (e.method() == null ? "" : " by method " + e.method())
                + (e.rule() == null ? "" : " from rule " + e.rule());
    }

    private static String from(Firing f) {
        return f == null ? "" : " from rule " + f.ruleId() + " \"" + f.rule() + "\" (" + f.file() + ":" + f.line() + ")";
    }

    private static String several(int n, String what, List<String> items) {
        if (n == 0) {
            return "no " + what;
        }
        return n + " " + what + "s: " + items.stream().filter(Objects::nonNull).collect(Collectors.joining(", "));
    }
}
