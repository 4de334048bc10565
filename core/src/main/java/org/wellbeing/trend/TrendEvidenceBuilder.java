package org.wellbeing.trend;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.wellbeing.model.ComparisonMethod;
import org.wellbeing.model.Indicator;
import org.wellbeing.model.Observation;
import org.wellbeing.model.TrendEvidence;
import org.wellbeing.stats.RecentTrend;
import org.wellbeing.stats.ShortTermChange;
import org.wellbeing.stats.TrendPoint;
import org.wellbeing.stats.TrendStatistic;

/**
 * Assembles each observation's series (same indicator, area and breakdown, time periods up to its own)
 * and computes the statistics its trend rests on. Time periods are the points: a reporting period that
 * repeats an earlier time period adds no point. The rules in rules/trend/ label the result.
 */
public final class TrendEvidenceBuilder {
    /** Fewest distinct time periods for Fingertips' recent trend; fewer get the short-series change. */
    static final int RECENT_TREND_POINTS = 5;

    private TrendEvidenceBuilder() {}

    public static List<TrendEvidence> build(List<Indicator> indicators, List<Observation> observations) {
        Map<String, Indicator> catalogue = new LinkedHashMap<>();
        indicators.forEach(i -> catalogue.put(i.id(), i));
        Map<String, List<Observation>> series = new LinkedHashMap<>();
        for (Observation o : observations) {
            series.computeIfAbsent(o.indicatorId() + "|" + o.areaCode() + "|" + o.breakdown(), k -> new ArrayList<>()).add(o);
        }
        // Each time period read once: a series of n points is looked at n times.
        Map<Observation, TimePeriods.Span> spans = new IdentityHashMap<>(observations.size());
        observations.forEach(o -> spans.put(o, TimePeriods.parse(o.timePeriod())));
        List<TrendEvidence> evidence = new ArrayList<>(observations.size());
        for (List<Observation> one : series.values()) {
            one.sort(Comparator.comparing(Observation::period));
            Indicator indicator = catalogue.get(one.get(0).indicatorId());
            for (Observation o : one) {
                evidence.add(evidenceFor(o, one, indicator, spans));
            }
        }
        return evidence;
    }

    private static TrendEvidence evidenceFor(Observation o, List<Observation> series, Indicator indicator,
                                             Map<Observation, TimePeriods.Span> spans) {
        // One point per distinct time period, from the latest reporting period that gives it.
        TreeMap<Integer, Observation> byStartYear = new TreeMap<>();
        boolean repeats = false;
        for (Observation earlier : series) {
            if (earlier.period().compareTo(o.period()) > 0) {
                break;
            }
            TimePeriods.Span span = spans.get(earlier);
            if (span == null) {
                continue;
            }
            repeats |= earlier != o && earlier.timePeriod().equals(o.timePeriod());
            byStartYear.put(span.startYear(), earlier);
        }
        if (indicator == null) {
            return none(o, 0, null, "indicator " + o.indicatorId() + " is not in the catalogue");
        }
        TimePeriods.Span own = spans.get(o);
        if (own == null) {
            return none(o, 0, null, "time period '" + o.timePeriod() + "' does not start with a year");
        }
        byStartYear.tailMap(own.startYear(), false).clear();
        int points = byStartYear.size();
        String span = byStartYear.firstEntry().getValue().timePeriod() + " to " + o.timePeriod();
        Map.Entry<Integer, Observation> before = byStartYear.lowerEntry(own.startYear());
        String previousKey = before == null ? null : before.getValue().key();
        if (points < 2) {
            return none(o, points, null, "only one time period (" + o.timePeriod() + ")"
                    + (repeats ? "; the " + o.period() + " row repeats an earlier row's time period" : ""));
        }
        List<TrendPoint> trendPoints = byStartYear.values().stream()
                .map(p -> TrendPoint.fromObservation(p, spans.get(p).startYear(), spans.get(p).years()))
                .toList();
        boolean townTables = indicator.comparisonMethod() == ComparisonMethod.CONFIDENCE_INTERVALS_OR_TOLERANCE;
        String recentTrendProblem;
        if (points >= RECENT_TREND_POINTS) {
            TrendStatistic s = RecentTrend.calculate(trendPoints, indicator.comparisonMethod(), indicator.valueType());
            if (s.isCalculated()) {
                return new TrendEvidence(o.key(), s.method().name(), s.pointsUsed().size(), s.yearSpan(), s.slope(),
                        s.chiSquared(), s.allSlopesAgree(), null, null, previousKey, null);
            }
            recentTrendProblem = s.cannotCalculateReason();
        } else {
            recentTrendProblem = "fewer than " + RECENT_TREND_POINTS + " time periods (" + points + ")";
        }
        // The latest-change words are the town's, for its own tables; an indicator configured the Fingertips
        // way gets Fingertips' answer when its recent trend cannot be calculated.
        if (!townTables) {
            return new TrendEvidence(o.key(), "NONE", points, span, null, null, false, null, null, previousKey,
                    recentTrendProblem);
        }
        ShortTermChange change = ShortTermChange.between(trendPoints.get(trendPoints.size() - 2),
                trendPoints.get(trendPoints.size() - 1));
        String changeSpan = before.getValue().timePeriod() + " to " + o.timePeriod();
        if (!change.isCompared() || change.relativeChangePercent() == null) {
            return none(o, points, previousKey, change.isCompared()
                    ? "the earlier value is 0, so no relative change" : change.cannotCompareReason());
        }
        return new TrendEvidence(o.key(), "SHORT_SERIES", points, changeSpan, null, null, false,
                change.relativeChangePercent(), change.ciOverlap(), previousKey, null);
    }

    private static TrendEvidence none(Observation o, int points, String previousKey, String reason) {
        return new TrendEvidence(o.key(), "NONE", points, o.timePeriod(), null, null, false, null, null, previousKey, reason);
    }
}
