package org.wellbeing.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.wellbeing.engine.Evaluation;
import org.wellbeing.model.Facts;
import org.wellbeing.model.Comparator;
import org.wellbeing.model.DoubtfulData;
import org.wellbeing.model.DoubtfulTrend;
import org.wellbeing.model.QualityFlag;

/**
 * The data-quality marks every output shows beside a row: the flags that came with the data and those the
 * engine's checks raised, and what the quality rules made of them (left out, not counted, or marked only).
 */
public final class QualityMarks {

    /**
     * The mark of one row or one comparison.
     *
     * @param codes  the flags' codes, "suspected-typo;definition-may-differ"; "" when the row has none
     * @param level  the highest level the rules gave them: 2 left out, 1 not counted, 0 marked only
     * @param reason what the rules made of them ("doubtful data: ..."), or the flags' own words when only marked
     */
    public record Mark(String codes, int level, String reason) {
        public static final Mark NONE = new Mark("", 0, "");

        public boolean present() { return !codes.isEmpty(); }

        /** "doubtful" (left out), "not counted" or "marked", for a short label. */
        public String verdict() {
            return !present() ? "" : level >= DoubtfulData.LEFT_OUT ? "doubtful" : level == DoubtfulData.NOT_COUNTED ? "not counted" : "marked";
        }
    }

    private final Map<String, List<QualityFlag>> flags = new LinkedHashMap<>();
    private final Map<String, List<DoubtfulData>> doubts = new LinkedHashMap<>();
    private final Map<String, DoubtfulTrend> trends = new LinkedHashMap<>();

    private QualityMarks() {}

    /** The marks of an evaluation of {@code inputs}: flags given with the data and those derived. */
    public static QualityMarks of(Facts inputs, Evaluation evaluation) {
        List<QualityFlag> all = new ArrayList<>();
        inputs.others().stream().filter(QualityFlag.class::isInstance).map(QualityFlag.class::cast).forEach(all::add);
        all.addAll(evaluation.derived(QualityFlag.class));
        return of(all, evaluation.derived(DoubtfulData.class), evaluation.derived(DoubtfulTrend.class));
    }

    public static QualityMarks of(List<QualityFlag> flags, List<DoubtfulData> doubts, List<DoubtfulTrend> trends) {
        QualityMarks m = new QualityMarks();
        flags.forEach(f -> m.flags.computeIfAbsent(f.observationKey(), k -> new ArrayList<>()).add(f));
        doubts.forEach(d -> m.doubts.computeIfAbsent(d.observationKey(), k -> new ArrayList<>()).add(d));
        trends.forEach(t -> m.trends.putIfAbsent(t.observationKey(), t));
        return m;
    }

    /** Every flag of a row, whichever comparison it concerns. */
    public Mark ofRow(String observationKey) {
        return mark(observationKey, null, true);
    }

    /** The flags that concern one comparison: those of the whole row and those of that comparator. */
    public Mark of(String observationKey, Comparator comparator) {
        return mark(observationKey, comparator, false);
    }

    /** Why the row's trend raises no flag, "" when it rests on no doubtful value. */
    public String trendReason(String observationKey) {
        DoubtfulTrend t = trends.get(observationKey);
        return t == null ? "" : t.reason() + "; no worsening flag";
    }

    private Mark mark(String key, Comparator comparator, boolean wholeRow) {
        List<QualityFlag> fs = flags.getOrDefault(key, List.of()).stream()
                .filter(f -> wholeRow || f.comparator() == null || f.comparator() == comparator).toList();
        if (fs.isEmpty()) {
            return Mark.NONE;
        }
        TreeSet<String> codes = new TreeSet<>();
        fs.forEach(f -> codes.add(f.label()));
        List<DoubtfulData> ds = doubts.getOrDefault(key, List.of()).stream()
                .filter(d -> wholeRow || d.covers(comparator)).toList();
        int level = ds.stream().mapToInt(DoubtfulData::level).max().orElse(0);
        TreeSet<String> reasons = new TreeSet<>();
        if (ds.isEmpty()) {
            fs.forEach(f -> reasons.add(f.label() + (f.detail().isEmpty() ? "" : ": " + f.detail())));
        } else {
            ds.forEach(d -> reasons.add(d.reason()));
        }
        return new Mark(String.join(";", codes), level, String.join("; ", reasons));
    }
}
