package org.wellbeing.io.fingertips.next;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

import org.wellbeing.stats.TrendPoint;

/**
 * The rows of one series, oldest first. The extract holds some rows twice: exact copies (where DataCreator read
 * two source files with the same data) and a few years with two different rows.
 */
public record FingertipsNextSeries(SeriesKey key, List<FingertipsNextRow> rows) {

    public FingertipsNextSeries {
        List<FingertipsNextRow> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparingInt(FingertipsNextRow::year));
        rows = List.copyOf(sorted);
        if (rows.isEmpty()) throw new IllegalArgumentException("a series needs at least one row: " + key);
    }

    /** Rows grouped into series by indicator, area, sex, age and category, in the order series first appear. */
    public static List<FingertipsNextSeries> group(Collection<FingertipsNextRow> rows) {
        Map<SeriesKey, List<FingertipsNextRow>> byKey = new LinkedHashMap<>();
        for (FingertipsNextRow r : rows) byKey.computeIfAbsent(r.seriesKey(), k -> new ArrayList<>()).add(r);
        List<FingertipsNextSeries> series = new ArrayList<>(byKey.size());
        byKey.forEach((k, rs) -> series.add(new FingertipsNextSeries(k, rs)));
        return series;
    }

    /** The distinct years, ascending. */
    public SortedSet<Integer> years() {
        SortedSet<Integer> ys = new TreeSet<>();
        for (FingertipsNextRow r : rows) ys.add(r.year());
        return ys;
    }

    public int latestYear() { return rows.get(rows.size() - 1).year(); }

    public List<FingertipsNextRow> rowsIn(int year) {
        return rows.stream().filter(r -> r.year() == year).toList();
    }

    /** The distinct rows of a year (exact copies counted once). */
    public Set<FingertipsNextRow> distinctRowsIn(int year) { return new LinkedHashSet<>(rowsIn(year)); }

    /** Years with more than one row, copies or not. */
    public SortedSet<Integer> duplicatedYears() {
        SortedSet<Integer> ys = new TreeSet<>();
        for (int y : years()) if (rowsIn(y).size() > 1) ys.add(y);
        return ys;
    }

    /** Years with two or more different rows. */
    public SortedSet<Integer> conflictingYears() {
        SortedSet<Integer> ys = new TreeSet<>();
        for (int y : years()) if (distinctRowsIn(y).size() > 1) ys.add(y);
        return ys;
    }

    /** The official label on the latest year's rows: empty when none is given or the rows disagree. */
    public Optional<String> officialTrend() {
        Set<String> labels = new LinkedHashSet<>();
        for (FingertipsNextRow r : rowsIn(latestYear())) labels.add(r.trend());
        return labels.size() == 1 && !labels.iterator().next().isBlank()
                ? Optional.of(labels.iterator().next()) : Optional.empty();
    }

    /**
     * One trend point per year, oldest first, from the years after the latest year with conflicting rows
     * (exact copies count once). The trend selection never looks past such a year, as it could not tell which
     * row is the series'.
     */
    public List<TrendPoint> trendPoints() {
        SortedSet<Integer> conflicts = conflictingYears();
        int after = conflicts.isEmpty() ? Integer.MIN_VALUE : conflicts.last();
        List<TrendPoint> points = new ArrayList<>();
        for (int y : years()) {
            if (y > after) points.add(rowsIn(y).get(0).toTrendPoint());
        }
        return points;
    }
}
