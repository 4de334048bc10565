package org.wellbeing.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.wellbeing.engine.Evaluation;
import org.wellbeing.engine.Firing;
import org.wellbeing.model.Indicator;
import org.wellbeing.model.Rating;
import org.wellbeing.model.Recommendation;
import org.wellbeing.model.Trend;
import org.wellbeing.model.TrendFlag;
import org.wellbeing.model.WorkstreamScore;

/**
 * What a candidate rule set would change against the live one on the same facts: every outcome, trend label,
 * worsening flag, workstream score and board ranking of one reporting period that differs, from what to what, with
 * the rules (for a score, its REDs, flags and indicators; for a ranking, the scores) behind both.
 * A comparison with no outcome reads "(none)", one with several reads "RED+AMBER", so gaps and conflicts
 * a candidate brings show up as changes too.
 */
public final class WhatIf {
    /** What a missing result reads as. */
    public static final String NONE = "(none)";

    /** What kind of result changed. */
    public enum Kind { RATING, TREND, FLAG, SCORE, RANKING }

    /**
     * One result that would change.
     *
     * @param item      the indicator id; for a ranking, the workstream id
     * @param subject   the comparator label for ratings, "trend", "flag"; for a ranking, the board id
     * @param from      the live result: outcome, trend label, flag severity, or rank
     * @param basisFrom why: the rule behind the live result ("" when none, or several); for a ranking, its score
     * @param basisTo   the same for the candidate's result
     */
    public record Change(Kind kind, String item, String period, String subject, String from, String to,
                         String basisFrom, String basisTo) {}

    private WhatIf() {}

    /** The changes in {@code period}, in catalogue order, then comparators, trend, flag. */
    public static List<Change> compare(Evaluation live, Evaluation candidate, String period, List<Indicator> catalogue) {
        List<Change> changes = new ArrayList<>();
        changes.addAll(diff(Kind.RATING, live, candidate, period, Rating.class,
                r -> r.period() + "#" + r.observationKey() + "#" + r.comparator().ordinal(),
                r -> r.outcome().name(), r -> r.comparator().label(), Rating::indicatorId, Rating::period));
        changes.addAll(diff(Kind.TREND, live, candidate, period, Trend.class,
                t -> t.period() + "#" + t.observationKey(), Trend::label, t -> "trend", Trend::indicatorId,
                Trend::period));
        changes.addAll(diff(Kind.FLAG, live, candidate, period, TrendFlag.class,
                f -> f.period() + "#" + f.observationKey(), f -> f.severity().name(), f -> "flag",
                TrendFlag::indicatorId, TrendFlag::period));
        Map<String, Integer> order = new HashMap<>();
        catalogue.forEach(i -> order.putIfAbsent(i.id(), order.size()));
        changes.sort(java.util.Comparator
                .<Change>comparingInt(c -> order.getOrDefault(c.item(), Integer.MAX_VALUE))
                .thenComparing(Change::item)
                .thenComparing(c -> c.kind().ordinal())
                .thenComparingInt(c -> subjectOrder(c.subject())));
        changes.addAll(scores(live, candidate, period));
        changes.addAll(rankings(live, candidate, period));
        return changes;
    }

    /** Score changes of every board's workstreams, board by board, workstream id A to Z. */
    private static List<Change> scores(Evaluation live, Evaluation candidate, String period) {
        Map<String, WorkstreamScore> before = workstreamScores(live, period);
        Map<String, WorkstreamScore> after = workstreamScores(candidate, period);
        Set<String> keys = new java.util.TreeSet<>(before.keySet());
        keys.addAll(after.keySet());
        List<Change> changes = new ArrayList<>();
        for (String k : keys) {
            WorkstreamScore b = before.get(k);
            WorkstreamScore a = after.get(k);
            String from = b == null ? NONE : number(b.score());
            String to = a == null ? NONE : number(a.score());
            if (!from.equals(to)) {
                WorkstreamScore any = a == null ? b : a;
                changes.add(new Change(Kind.SCORE, any.workstreamId(), period, any.boardId(), from, to,
                        b == null ? "" : evidence(b), a == null ? "" : evidence(a)));
            }
        }
        return changes;
    }

    private static String evidence(WorkstreamScore s) {
        return s.reds() + " RED, " + s.flags() + " flags from " + s.indicators() + " indicators";
    }

    private static Map<String, WorkstreamScore> workstreamScores(Evaluation evaluation, String period) {
        Map<String, WorkstreamScore> byKey = new LinkedHashMap<>();
        for (WorkstreamScore s : evaluation.derived(WorkstreamScore.class)) {
            if (s.period().equals(period)) {
                byKey.put(s.boardId() + "|" + s.workstreamId(), s);
            }
        }
        return byKey;
    }

    /** Rank changes of every board's workstreams, board by board, in the candidate's new order. */
    private static List<Change> rankings(Evaluation live, Evaluation candidate, String period) {
        Map<String, Recommendation> before = recommendations(live, period);
        Map<String, Recommendation> after = recommendations(candidate, period);
        Set<String> keys = new LinkedHashSet<>(before.keySet());
        keys.addAll(after.keySet());
        List<Change> changes = new ArrayList<>();
        for (String k : keys) {
            Recommendation b = before.get(k);
            Recommendation a = after.get(k);
            String from = b == null ? NONE : Integer.toString(b.rank());
            String to = a == null ? NONE : Integer.toString(a.rank());
            if (!from.equals(to)) {
                Recommendation any = a == null ? b : a;
                changes.add(new Change(Kind.RANKING, any.workstreamId(), period, any.boardId(), from, to,
                        b == null ? "" : "score " + number(b.score()), a == null ? "" : "score " + number(a.score())));
            }
        }
        changes.sort(java.util.Comparator.comparing(Change::subject)
                .thenComparingInt(c -> c.to().equals(NONE) ? Integer.MAX_VALUE : Integer.parseInt(c.to())));
        return changes;
    }

    private static Map<String, Recommendation> recommendations(Evaluation evaluation, String period) {
        Map<String, Recommendation> byKey = new LinkedHashMap<>();
        for (Recommendation r : evaluation.derived(Recommendation.class)) {
            if (r.period().equals(period)) {
                byKey.put(r.boardId() + "|" + r.workstreamId(), r);
            }
        }
        return byKey;
    }

    private static String number(double d) {
        return java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }

    private static int subjectOrder(String subject) {
        return switch (subject) {
            case "england" -> 0;
            case "region" -> 1;
            case "neighbours" -> 2;
            case "goal" -> 3;
            default -> 4;
        };
    }

    /**
     * Groups both evaluations' facts of one type by the thing they say something about (an observation and
     * comparator, an observation), and keeps the keys whose values differ. The key starts with the period.
     */
    private static <T> List<Change> diff(Kind kind, Evaluation live, Evaluation candidate, String period,
                                         Class<T> type, Function<T, String> key, Function<T, String> value,
                                         Function<T, String> subject, Function<T, String> indicator,
                                         Function<T, String> periodOf) {
        Map<String, List<T>> before = group(live, type, key, periodOf, period);
        Map<String, List<T>> after = group(candidate, type, key, periodOf, period);
        Set<String> keys = new LinkedHashSet<>(before.keySet());
        keys.addAll(after.keySet());
        List<Change> changes = new ArrayList<>();
        for (String k : keys) {
            List<T> b = before.getOrDefault(k, List.of());
            List<T> a = after.getOrDefault(k, List.of());
            String from = values(b, value);
            String to = values(a, value);
            if (!from.equals(to)) {
                T any = b.isEmpty() ? a.get(0) : b.get(0);
                changes.add(new Change(kind, indicator.apply(any), period, subject.apply(any), from, to,
                        rule(live, b), rule(candidate, a)));
            }
        }
        return changes;
    }

    private static <T> Map<String, List<T>> group(Evaluation evaluation, Class<T> type, Function<T, String> key,
                                                  Function<T, String> periodOf, String period) {
        Map<String, List<T>> grouped = new LinkedHashMap<>();
        for (T fact : evaluation.derived(type)) {
            if (periodOf.apply(fact).equals(period)) {
                grouped.computeIfAbsent(key.apply(fact), k -> new ArrayList<>(1)).add(fact);
            }
        }
        return grouped;
    }

    private static <T> String values(List<T> facts, Function<T, String> value) {
        if (facts.isEmpty()) {
            return NONE;
        }
        return facts.stream().map(value).sorted().collect(Collectors.joining("+"));
    }

    private static String rule(Evaluation evaluation, List<?> facts) {
        if (facts.size() != 1) {
            return "";
        }
        Firing f = evaluation.firingFor(facts.get(0)).orElse(null);
        return f == null ? "" : f.rule() + " (" + f.file() + ":" + f.line() + ")";
    }
}
