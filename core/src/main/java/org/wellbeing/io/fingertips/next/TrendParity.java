package org.wellbeing.io.fingertips.next;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.wellbeing.model.ComparisonMethod;
import org.wellbeing.model.Polarity;
import org.wellbeing.stats.RecentTrend;
import org.wellbeing.stats.TrendPoint;
import org.wellbeing.stats.TrendSelection;
import org.wellbeing.stats.TrendStatistic;

/**
 * Checks our recent-trend statistics against the official labels in the FingertipsNext extract.
 *
 * <p>A series is compared when its latest year carries one official label other than "Cannot be calculated" and
 * its 5 latest years are consecutive and complete (value, count, denominator and both 95% limits). Its statistic is
 * calculated from all its points (so the selection rules apply as they would anywhere) with the test the indicator's
 * comparison method calls for, and turned into a label by the labeller passed in: that is where the Drools rules
 * plug in. The harness itself knows no labels but "Cannot be calculated".
 */
public final class TrendParity {

    /** The official label for a trend that cannot be calculated. */
    public static final String CANNOT_BE_CALCULATED = "Cannot be calculated";

    /** What to do with series that hold more than one row for a year among their 5 latest. */
    public enum Duplicates {
        /** Leave such series out, copies or not. */
        EXCLUDE,
        /** Count exact copies once; leave out only years with different rows. */
        COLLAPSE_IDENTICAL
    }

    private final Function<String, ComparisonMethod> comparisonMethodOf;
    private final Function<String, Polarity> polarityOf;
    private final BiFunction<TrendStatistic, Polarity, String> labeller;
    private final Duplicates duplicates;

    /**
     * @param comparisonMethodOf indicator id to its comparison method (picks regression or Armitage)
     * @param polarityOf         indicator id to its polarity; may return null for none
     * @param labeller           statistic and polarity to the label to compare with the official one
     * @param duplicates         how to treat duplicated rows in a series' latest 5 years
     */
    public TrendParity(Function<String, ComparisonMethod> comparisonMethodOf, Function<String, Polarity> polarityOf,
                       BiFunction<TrendStatistic, Polarity, String> labeller, Duplicates duplicates) {
        this.comparisonMethodOf = Objects.requireNonNull(comparisonMethodOf);
        this.polarityOf = Objects.requireNonNull(polarityOf);
        this.labeller = Objects.requireNonNull(labeller);
        this.duplicates = Objects.requireNonNull(duplicates);
    }

    /** Why a series is not compared, empty when it is. The reasons are fixed phrases, to be counted. */
    public Optional<String> whyNotCompared(FingertipsNextSeries s) {
        Optional<String> official = s.officialTrend();
        if (official.isEmpty()) return Optional.of("no single official label on the latest year");
        if (official.get().equals(CANNOT_BE_CALCULATED)) return Optional.of("official label is Cannot be calculated");
        SortedSet<Integer> years = s.years();
        if (years.size() < TrendSelection.POINTS_TO_USE) return Optional.of("fewer than 5 years");
        List<Integer> latest = new ArrayList<>(years).subList(years.size() - TrendSelection.POINTS_TO_USE, years.size());
        if (latest.get(latest.size() - 1) - latest.get(0) != TrendSelection.POINTS_TO_USE - 1) {
            return Optional.of("latest 5 years not consecutive");
        }
        for (int y : latest) {
            if (duplicates == Duplicates.EXCLUDE && s.rowsIn(y).size() > 1) {
                return Optional.of("more than one row for a year in the latest 5");
            }
            if (s.distinctRowsIn(y).size() > 1) return Optional.of("different rows for a year in the latest 5");
            TrendPoint p = s.rowsIn(y).get(0).toTrendPoint();
            if (!p.hasValue() || !p.hasCount() || !p.hasDenominator() || !p.hasCi95()) {
                return Optional.of("latest 5 years incomplete (value, count, denominator or 95% CI missing)");
            }
        }
        return Optional.empty();
    }

    /** The statistic for a series, with the test its indicator's comparison method calls for. */
    public TrendStatistic statistic(FingertipsNextSeries s) {
        return RecentTrend.calculate(s.trendPoints(), comparisonMethodOf.apply(s.key().indicatorId()));
    }

    /** Compares every eligible series. */
    public ParityReport run(Collection<FingertipsNextSeries> series) {
        Map<String, Integer> notCompared = new TreeMap<>();
        Map<String, int[]> tallies = new TreeMap<>();
        List<Mismatch> mismatches = new ArrayList<>();
        int compared = 0, matched = 0;
        for (FingertipsNextSeries s : series) {
            Optional<String> why = whyNotCompared(s);
            if (why.isPresent()) {
                notCompared.merge(why.get(), 1, Integer::sum);
                continue;
            }
            String official = s.officialTrend().orElseThrow();
            TrendStatistic stat = statistic(s);
            String computed = labeller.apply(stat, polarityOf.apply(s.key().indicatorId()));
            int[] t = tallies.computeIfAbsent(s.key().indicatorId(), k -> new int[2]);
            compared++;
            t[0]++;
            if (official.equals(computed)) {
                matched++;
                t[1]++;
            } else {
                mismatches.add(new Mismatch(s.key(), official, computed, stat));
            }
        }
        Map<String, Tally> byIndicator = new TreeMap<>();
        tallies.forEach((k, t) -> byIndicator.put(k, new Tally(t[0], t[1])));
        return new ParityReport(compared, matched, byIndicator, mismatches, notCompared);
    }

    /** One series whose computed label differs from the official one. */
    public record Mismatch(SeriesKey key, String official, String computed, TrendStatistic statistic) {
        @Override
        public String toString() {
            return key + ": official '" + official + "', computed '" + computed + "' (" + statistic.method()
                    + (statistic.isCalculated()
                    ? String.format(", chi2 %.3f, slope %.4g, slopes agree %s", statistic.chiSquared(),
                    statistic.slope(), statistic.allSlopesAgree())
                    : ", " + statistic.cannotCalculateReason()) + ")";
        }
    }

    public record Tally(int compared, int matched) {}

    /**
     * @param compared    series compared
     * @param matched     of those, series whose computed label equals the official one
     * @param byIndicator compared and matched per indicator id
     * @param mismatches  the series that differ
     * @param notCompared how many series were left out, by reason
     */
    public record ParityReport(int compared, int matched, Map<String, Tally> byIndicator, List<Mismatch> mismatches,
                               Map<String, Integer> notCompared) {

        public ParityReport {
            byIndicator = Map.copyOf(byIndicator);
            mismatches = List.copyOf(mismatches);
            notCompared = Map.copyOf(notCompared);
        }

        /** "1048/1048" */
        public String figure() { return matched + "/" + compared; }

        public String summary() {
            StringBuilder b = new StringBuilder("recent trend parity ").append(figure()).append('\n');
            new TreeMap<>(byIndicator).forEach((id, t) ->
                    b.append("  ").append(id).append(": ").append(t.matched()).append('/').append(t.compared()).append('\n'));
            new TreeMap<>(notCompared).forEach((why, n) -> b.append("  not compared, ").append(why).append(": ").append(n).append('\n'));
            mismatches.forEach(m -> b.append("  mismatch ").append(m).append('\n'));
            return b.toString();
        }
    }
}
