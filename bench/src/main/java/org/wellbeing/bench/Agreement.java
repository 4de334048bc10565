package org.wellbeing.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.wellbeing.engine.Evaluation;
import org.wellbeing.model.Finding;
import org.wellbeing.model.IndicatorScore;
import org.wellbeing.model.Rating;
import org.wellbeing.model.Trend;
import org.wellbeing.model.TrendFlag;

/**
 * Whether the engine and the plain rater derived the same: for every observation and comparator the same
 * outcome, method and benchmark; for every observation the same trend label (with its worsening and
 * significance), the same worsening flag severity and the same priority score (points, REDs, flags); and
 * the same findings. Reasons are worded differently and not compared.
 *
 * @param differing   how many ratings, trends and flags differ
 * @param examples    the first few differences, each naming the observation
 */
public record Agreement(int ratings, int trends, int flags, int scores, int findings, int differing,
                        List<String> examples) {

    static final int SHOWN = 10;

    public boolean agrees() { return differing == 0; }

    public static Agreement of(Evaluation engine, PlainRater.Result plain) {
        return between(Outcomes.of(engine), Outcomes.of(plain));
    }

    /** What one side derived, keyed by observation (and comparator), described only as far as compared. */
    public record Outcomes(Map<Object, Object> ratings, Map<Object, Object> trends, Map<Object, Object> flags,
                           Map<Object, Object> scores, Map<Object, Object> findings) {

        /** The engine's side, small enough to keep once the evaluation itself is let go. */
        public static Outcomes of(Evaluation engine) {
            return of(engine.ratings(), engine.derived(Trend.class), engine.derived(TrendFlag.class),
                    engine.derived(IndicatorScore.class), engine.derived(Finding.class));
        }

        public static Outcomes of(PlainRater.Result plain) {
            return of(plain.ratings(), plain.trends(), plain.flags(), plain.scores(), plain.findings());
        }

        private static Outcomes of(List<Rating> ratings, List<Trend> trends, List<TrendFlag> flags,
                                   List<IndicatorScore> scores, List<Finding> findings) {
            return new Outcomes(
                    keyed(ratings, r -> new Key(r.observationKey(), r.comparator().label()),
                            r -> new Described(r.outcome(), r.method(), r.benchmark())),
                    keyed(trends, Trend::observationKey,
                            t -> t.label() + (t.worsening() ? ", worsening" : "") + (t.significant() ? ", significant" : "")),
                    keyed(flags, TrendFlag::observationKey, f -> f.severity().name()),
                    keyed(scores, IndicatorScore::observationKey,
                            s -> s.score() + " points, " + s.reds() + " RED, " + s.flags() + " flags"),
                    keyed(findings, f -> f.kind() + " " + f.boardId() + " " + f.subjectId() + " " + f.period(), f -> "1"));
        }
    }

    public static Agreement between(Outcomes engine, Outcomes plain) {
        List<String> differences = new ArrayList<>();
        compare("rating", engine.ratings(), plain.ratings(), differences);
        compare("trend", engine.trends(), plain.trends(), differences);
        compare("flag", engine.flags(), plain.flags(), differences);
        compare("score", engine.scores(), plain.scores(), differences);
        compare("finding", engine.findings(), plain.findings(), differences);
        int differing = differences.size();
        return new Agreement(plain.ratings().size(), plain.trends().size(), plain.flags().size(),
                plain.scores().size(), plain.findings().size(), differing,
                List.copyOf(differences.subList(0, Math.min(SHOWN, differing))));
    }

    /**
     * A rating's key and outcome are small records over its own fields, written as text only for a
     * difference: a 317-area batch compares about 475,000 ratings, and text for each side took more heap
     * than the evaluation being checked.
     */
    private record Key(String observationKey, String comparator) {
        @Override
        public String toString() {
            return observationKey + " " + comparator;
        }
    }

    private record Described(Object first, Object second, Object third) {
        @Override
        public String toString() {
            return first + " " + second + " " + third;
        }
    }

    /** Two outcomes for one key: kept both, so that a conflict shows. */
    private record Both(Object first, Object second) {
        @Override
        public String toString() {
            return first + " AND " + second;
        }
    }

    private static void compare(String what, Map<Object, Object> engine, Map<Object, Object> plain,
                                List<String> differences) {
        if (engine.equals(plain)) {
            return;
        }
        Map<Object, Object> all = new HashMap<>(plain);
        engine.forEach(all::putIfAbsent);
        all.keySet().stream().map(key -> Map.entry(key.toString(), key)).sorted(Map.Entry.comparingByKey())
                .forEach(key -> {
                    Object e = engine.get(key.getValue()), p = plain.get(key.getValue());
                    if (!Objects.equals(e, p)) {
                        differences.add(what + " " + key.getKey() + ": engine " + (e == null ? "none" : e)
                                + ", plain " + (p == null ? "none" : p));
                    }
                });
    }

    /** Key to the described outcome; a key given twice keeps both, so that a conflict shows. */
    private static <T> Map<Object, Object> keyed(List<T> facts, Function<? super T, Object> key,
                                                 Function<? super T, Object> describe) {
        Map<Object, Object> map = new HashMap<>(facts.size() * 2);
        for (T fact : facts) {
            map.merge(key.apply(fact), describe.apply(fact), Both::new);
        }
        return map;
    }
}
