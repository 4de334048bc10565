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
        List<String> differences = new ArrayList<>();
        compare("rating", keyed(engine.ratings(), r -> r.observationKey() + " " + r.comparator().label(),
                        Agreement::rating),
                keyed(plain.ratings(), r -> r.observationKey() + " " + r.comparator().label(), Agreement::rating),
                differences);
        compare("trend", keyed(engine.derived(Trend.class), Trend::observationKey, Agreement::trend),
                keyed(plain.trends(), Trend::observationKey, Agreement::trend), differences);
        compare("flag", keyed(engine.derived(TrendFlag.class), TrendFlag::observationKey, f -> f.severity().name()),
                keyed(plain.flags(), TrendFlag::observationKey, f -> f.severity().name()), differences);
        compare("score", keyed(engine.derived(IndicatorScore.class), IndicatorScore::observationKey, Agreement::score),
                keyed(plain.scores(), IndicatorScore::observationKey, Agreement::score), differences);
        compare("finding", keyed(engine.derived(Finding.class), Agreement::finding, f -> "1"),
                keyed(plain.findings(), Agreement::finding, f -> "1"), differences);
        int differing = differences.size();
        return new Agreement(plain.ratings().size(), plain.trends().size(), plain.flags().size(),
                plain.scores().size(), plain.findings().size(), differing,
                List.copyOf(differences.subList(0, Math.min(SHOWN, differing))));
    }

    private static String rating(Rating r) {
        return r.outcome() + " " + r.method() + " " + r.benchmark();
    }

    private static String score(IndicatorScore s) {
        return s.score() + " points, " + s.reds() + " RED, " + s.flags() + " flags";
    }

    private static String finding(Finding f) {
        return f.kind() + " " + f.boardId() + " " + f.subjectId() + " " + f.period();
    }

    private static String trend(Trend t) {
        return t.label() + (t.worsening() ? ", worsening" : "") + (t.significant() ? ", significant" : "");
    }

    /** Key to the described outcome; a key given twice keeps both, joined, so that a conflict shows. */
    private static <T> Map<String, String> keyed(List<T> facts, Function<T, String> key,
                                                 Function<T, String> describe) {
        Map<String, String> map = new HashMap<>(facts.size() * 2);
        for (T fact : facts) {
            map.merge(key.apply(fact), describe.apply(fact), (a, b) -> a + " AND " + b);
        }
        return map;
    }

    private static void compare(String what, Map<String, String> engine, Map<String, String> plain,
                                List<String> differences) {
        if (engine.equals(plain)) {
            return;
        }
        Map<String, String> all = new HashMap<>(plain);
        engine.forEach(all::putIfAbsent);
        all.keySet().stream().sorted().forEach(key -> {
            String e = engine.get(key), p = plain.get(key);
            if (!Objects.equals(e, p)) {
                differences.add(what + " " + key + ": engine " + (e == null ? "none" : e) + ", plain "
                        + (p == null ? "none" : p));
            }
        });
    }
}
