package org.wellbeing.model;

/**
 * The quality rules' verdict on a flagged observation: the policy in rules/quality/doubtful-data.drl says
 * what a {@link QualityFlag} does, by a level an officer sets per code in rules/thresholds.drl.
 *
 * @param comparator the one comparison left out, or null for the whole row
 * @param level      {@link #LEFT_OUT}: no colour for the comparisons it covers, no trend flag, no priority
 *                   points; {@link #NOT_COUNTED}: rated and marked, but no trend flag and no priority points;
 *                   {@link #MARKED}: shown, decides nothing
 * @param reason     "doubtful data: ..." naming the code and what was seen; shown wherever the row is
 */
public record DoubtfulData(String observationKey, String indicatorId, String period, Comparator comparator,
                           String code, int level, String reason) {

    /** Marked only: the mark and its reason are shown, nothing else changes. */
    public static final int MARKED = 0;
    /** Rated and marked, but raises no worsening flag and earns no priority points. */
    public static final int NOT_COUNTED = 1;
    /** Not compared at all (NOT_COMPARED), raises no worsening flag, earns no priority points. */
    public static final int LEFT_OUT = 2;

    public static DoubtfulData of(QualityFlag f, int level) {
        String what = f.label() + (f.detail().isEmpty() ? "" : ": " + f.detail());
        return new DoubtfulData(f.observationKey(), f.indicatorId(), f.period(), f.comparator(), f.code(), level,
                level >= LEFT_OUT ? "doubtful data: " + what
                        : level == NOT_COUNTED ? "doubtful data, rated but not counted in priorities: " + what
                        : "marked " + what);
    }

    /** Whether the verdict covers the comparison with {@code c}. */
    public boolean covers(Comparator c) {
        return comparator == null || comparator == c;
    }

    public boolean leftOut() {
        return level >= LEFT_OUT;
    }
}
