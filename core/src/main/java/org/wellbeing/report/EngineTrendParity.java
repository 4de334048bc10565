package org.wellbeing.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.wellbeing.engine.Evaluation;
import org.wellbeing.engine.Evaluator;
import org.wellbeing.model.Facts;
import org.wellbeing.io.fingertips.next.FingertipsNextRow;
import org.wellbeing.io.fingertips.next.FingertipsNextSeries;
import org.wellbeing.io.fingertips.next.TrendParity;
import org.wellbeing.model.Indicator;
import org.wellbeing.model.Observation;
import org.wellbeing.model.Trend;
import org.wellbeing.rules.RuleBase;

/**
 * Recomputes official Recent Trend labels through the engine: each eligible series becomes observations,
 * the rules label the latest one, and the label is compared with Fingertips'. Eligible: the latest label is
 * not "Cannot be calculated" and the series' five latest rows are five consecutive years, each with value,
 * count, denominator and 95% CI (the selection of SOURCES.md's recomputation check).
 */
public record EngineTrendParity(int matched, int compared, List<String> mismatches) {

    public static EngineTrendParity run(RuleBase rules, List<Indicator> catalogue, List<FingertipsNextSeries> series) {
        List<Observation> observations = new ArrayList<>();
        Map<String, String> officialByLatestKey = new LinkedHashMap<>();
        Map<String, String> seriesNames = new HashMap<>();
        for (FingertipsNextSeries s : series) {
            if (!eligible(s)) {
                continue;
            }
            Map<Integer, FingertipsNextRow> lastRowPerYear = new TreeMap<>();
            s.rows().forEach(r -> lastRowPerYear.put(r.year(), r));
            Observation latest = null;
            for (FingertipsNextRow r : lastRowPerYear.values()) {
                latest = observation(r);
                observations.add(latest);
            }
            officialByLatestKey.put(latest.key(), s.officialTrend().orElseThrow());
            seriesNames.put(latest.key(), s.key().toString());
        }
        Evaluation evaluation = new Evaluator().evaluate(rules, new Facts(catalogue, observations, List.of()));
        Map<String, Trend> trends = new HashMap<>();
        evaluation.derived(Trend.class).forEach(t -> trends.put(t.observationKey(), t));
        int matched = 0;
        List<String> mismatches = new ArrayList<>();
        for (var e : officialByLatestKey.entrySet()) {
            Trend t = trends.get(e.getKey());
            if (t != null && t.label().equals(e.getValue())) {
                matched++;
            } else {
                mismatches.add(String.format("%s: official \"%s\", engine \"%s\": %s [rule \"%s\"]",
                        seriesNames.get(e.getKey()), e.getValue(), t == null ? "none" : t.label(),
                        t == null ? "" : t.reason(), t == null ? "" : evaluation.ruleFor(t)));
            }
        }
        return new EngineTrendParity(matched, officialByLatestKey.size(), mismatches);
    }

    static boolean eligible(FingertipsNextSeries s) {
        var official = s.officialTrend();
        if (official.isEmpty() || official.get().equals(TrendParity.CANNOT_BE_CALCULATED)) {
            return false;
        }
        List<FingertipsNextRow> rows = s.rows();
        if (rows.size() < 5) {
            return false;
        }
        List<FingertipsNextRow> last = rows.subList(rows.size() - 5, rows.size());
        for (int i = 0; i < 5; i++) {
            FingertipsNextRow r = last.get(i);
            var p = r.toTrendPoint();
            if (r.year() != last.get(0).year() + i || !p.hasValue() || !p.hasCount() || !p.hasDenominator() || !p.hasCi95()) {
                return false;
            }
        }
        return true;
    }

    private static Observation observation(FingertipsNextRow r) {
        String year = Integer.toString(r.year());
        return new Observation(r.indicatorId(), r.areaCode(), r.areaCode(), year, year,
                r.sexId() + "|" + r.ageId() + "|" + r.categoryType() + "|" + r.category(),
                r.value(), r.lower95(), r.upper95(), null, null, r.count(), r.denominator(), "");
    }
}
