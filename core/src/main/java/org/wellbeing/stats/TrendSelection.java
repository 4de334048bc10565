package org.wellbeing.stats;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;

/**
 * The points a recent trend is calculated from, chosen as Fingertips' TrendRequest does:
 * walk back from the most recent point while each point has a value, a count and a denominator (&gt; 0);
 * the trend needs at least 5 such points, and none of them may have a count equal to its denominator.
 *
 * <p>Two things this adds to TrendRequest, which gets its data one row per period of one grouping:
 * every point must be a single-year period (TrendRequest checks the grouping's year range), and a missing
 * year ends the run like an invalid point does (this makes "unbroken" hold for series with rows left out).
 *
 * @param validRun              the unbroken run of valid points, most recent first (may be longer than 5)
 * @param selected              the 5 most recent points of the run, oldest first; empty when not selected
 * @param cannotCalculateReason why the trend cannot be calculated, null when it can
 */
public record TrendSelection(List<TrendPoint> validRun, List<TrendPoint> selected, String cannotCalculateReason) {

    /** Fingertips' TrendMarkerCalculator.PointsToUse. */
    public static final int POINTS_TO_USE = 5;

    public TrendSelection {
        validRun = List.copyOf(validRun);
        selected = List.copyOf(selected);
    }

    public boolean isSelected() { return cannotCalculateReason == null; }

    /** Chooses the points from a series in any order. */
    public static TrendSelection select(Collection<TrendPoint> series) {
        if (series == null || series.isEmpty()) return fail(List.of(), "no data points");
        Set<Integer> years = new HashSet<>();
        for (TrendPoint p : series) {
            if (p.yearRange() != 1) {
                return fail(List.of(), "the recent trend needs single-year periods: " + p.year()
                        + " covers " + p.yearRange() + " years");
            }
            if (!years.add(p.year())) return fail(List.of(), "more than one point for " + p.year());
        }
        if (series.size() < POINTS_TO_USE) {
            return fail(List.of(), "fewer than " + POINTS_TO_USE + " data points (" + series.size() + ")");
        }

        List<TrendPoint> descending = new ArrayList<>(series);
        descending.sort(Comparator.comparingInt(TrendPoint::year).reversed());
        List<TrendPoint> run = new ArrayList<>();
        String stop = null;
        for (TrendPoint p : descending) {
            if (!run.isEmpty() && p.year() != run.get(run.size() - 1).year() - 1) {
                stop = "no data for " + (run.get(run.size() - 1).year() - 1);
                break;
            }
            String missing = missing(p);
            if (missing != null) {
                stop = missing + " in " + p.year();
                break;
            }
            run.add(p);
        }
        if (run.size() < POINTS_TO_USE) {
            String span = run.isEmpty() ? "no valid point at the latest year"
                    : "run " + run.get(run.size() - 1).year() + "–" + run.get(0).year();
            return fail(run, "fewer than " + POINTS_TO_USE + " consecutive single-year points with value, count and "
                    + "denominator (" + span + (stop == null ? "" : "; " + stop) + ")");
        }

        StringJoiner equal = new StringJoiner(", ");
        for (TrendPoint p : run) {
            if (p.count().compareTo(p.denominator()) == 0) equal.add(Integer.toString(p.year()));
        }
        if (equal.length() > 0) return fail(run, "count equals denominator in " + equal);

        List<TrendPoint> selected = new ArrayList<>(run.subList(0, POINTS_TO_USE));
        selected.sort(Comparator.comparingInt(TrendPoint::year));
        return new TrendSelection(run, selected, null);
    }

    /** What makes a point invalid for the run, null when it is valid (value, then count, then denominator). */
    static String missing(TrendPoint p) {
        StringJoiner what = new StringJoiner(", ");
        if (!p.hasValue()) what.add("missing value");
        if (!p.hasCount()) what.add("missing count");
        if (!p.hasDenominator()) {
            what.add(p.denominator() == null || p.denominator().isNaN() ? "missing denominator" : "denominator not above 0");
        }
        return what.length() == 0 ? null : what.toString();
    }

    private static TrendSelection fail(List<TrendPoint> run, String reason) {
        return new TrendSelection(run, List.of(), reason);
    }
}
