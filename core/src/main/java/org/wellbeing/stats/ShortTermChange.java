package org.wellbeing.stats;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The latest change of a short series (the town's tables with 2 to 4 points): the latest point against the one
 * before it. Statistics only: the town's words (Improving, Worsening, ...) come from rules and thresholds.
 *
 * @param previous              the earlier point
 * @param latest                the later point
 * @param absoluteChange        latest − previous, null when a value is missing
 * @param relativeChangePercent (latest − previous) / |previous| × 100; null when a value is missing or previous is 0
 * @param ciOverlap             whether the two 95% CIs overlap (touching counts as overlapping);
 *                              null when either CI is unknown
 * @param cannotCompareReason   why there is no change, null when there is one
 */
public record ShortTermChange(TrendPoint previous, TrendPoint latest, Double absoluteChange,
                              Double relativeChangePercent, Boolean ciOverlap, String cannotCompareReason) {

    /** The change between the two most recent points of a series in any order. */
    public static ShortTermChange ofLatest(Collection<TrendPoint> series) {
        if (series == null || series.size() < 2) {
            return new ShortTermChange(null, null, null, null, null,
                    "need 2 points, have " + (series == null ? 0 : series.size()));
        }
        List<TrendPoint> sorted = new ArrayList<>(series);
        sorted.sort(Comparator.comparingInt(TrendPoint::year));
        TrendPoint previous = sorted.get(sorted.size() - 2), latest = sorted.get(sorted.size() - 1);
        if (previous.year() == latest.year()) {
            return new ShortTermChange(previous, latest, null, null, null, "two points for " + latest.year());
        }
        return between(previous, latest);
    }

    /** The change from previous to latest. */
    public static ShortTermChange between(TrendPoint previous, TrendPoint latest) {
        if (!previous.hasValue() || !latest.hasValue()) {
            return new ShortTermChange(previous, latest, null, null, null,
                    "missing value in " + (previous.hasValue() ? latest.year() : previous.year()));
        }
        double change = latest.value() - previous.value();
        Double relative = previous.value() == 0 ? null : change / Math.abs(previous.value()) * 100;
        Boolean overlap = previous.hasCi95() && latest.hasCi95()
                ? latest.lower95() <= previous.upper95() && previous.lower95() <= latest.upper95()
                : null;
        return new ShortTermChange(previous, latest, change, relative, overlap, null);
    }

    public boolean isCompared() { return cannotCompareReason == null; }
}
