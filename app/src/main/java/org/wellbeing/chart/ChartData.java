package org.wellbeing.chart;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.wellbeing.io.out.EvaluationDocument;
import org.wellbeing.io.out.FactEntry;
import org.wellbeing.model.Observation;
import org.wellbeing.model.Polarity;

/**
 * What the charts draw, read from a stored evaluation alone: its input observations, benchmarks and indicators,
 * and its ratings against England. So a chart shows exactly the figures the evaluation rated and stored, and
 * each can be traced in it. Give it the document with its facts (a compact record's, as the evaluation service
 * rebuilds it by replay and checks against the stored digest): the answer alone has the rating rows but no
 * input facts, so it would draw nothing.
 */
public final class ChartData {
    private static final String ENGLAND = "E92000001";
    private final Map<String, Ind> indicators = new LinkedHashMap<>();
    private final List<Obs> observations = new ArrayList<>();
    private final Map<String, Double> benchmarks = new HashMap<>();
    private final Map<String, String> englandOutcomes = new HashMap<>();
    private final Map<String, Area> areas = new LinkedHashMap<>();

    private record Ind(String id, String name, String unit, Polarity polarity) {}

    private record Obs(String key, String indicatorId, String areaCode, String period, String timePeriod,
                       String breakdown, Double value, Double lower95, Double upper95) {}

    public ChartData(EvaluationDocument doc) {
        for (FactEntry f : doc.facts()) {
            JsonNode n = f.fact();
            switch (f.type()) {
                case "Indicator" -> {
                    if (f.input()) indicators.putIfAbsent(n.path("id").asText(), new Ind(n.path("id").asText(),
                            n.path("name").asText(), n.path("unit").asText(), polarity(n.path("polarity").asText())));
                }
                case "Observation" -> {
                    if (!f.input()) continue;
                    Obs o = new Obs(Observation.keyOf(n.path("indicatorId").asText(), n.path("areaCode").asText(),
                            n.path("period").asText(), n.path("breakdown").asText()), n.path("indicatorId").asText(),
                            n.path("areaCode").asText(), n.path("period").asText(), n.path("timePeriod").asText(),
                            n.path("breakdown").asText(), number(n, "value"), number(n, "lower95"), number(n, "upper95"));
                    observations.add(o);
                    areas.putIfAbsent(o.areaCode(), new Area(o.areaCode(), n.path("areaName").asText(o.areaCode())));
                }
                case "Benchmark" -> {
                    if (f.input() && number(n, "value") != null) {
                        benchmarks.put(n.path("observationKey").asText() + "#" + n.path("comparator").asText(),
                                number(n, "value"));
                    }
                }
                case "Rating" -> {
                    if ("ENGLAND".equals(n.path("comparator").asText())) {
                        englandOutcomes.putIfAbsent(n.path("observationKey").asText(), n.path("outcome").asText());
                    }
                }
                default -> { }
            }
        }
        // a document without derived facts still has its rating rows (whole-population observations only)
        doc.ratings().stream().filter(r -> r.comparator().equals("england")).forEach(r -> englandOutcomes.putIfAbsent(
                Observation.keyOf(r.indicatorId(), r.areaCode(), r.period(), ""), r.outcome()));
    }

    /** The areas with observations, in the order they came in. */
    public List<Area> areas() {
        return List.copyOf(areas.values());
    }

    /**
     * An area's series, one per indicator and breakdown that has a value in some period, in the order of
     * {@code indicatorIds} (every indicator of the evaluation, in catalogue order, when null).
     */
    public List<IndicatorSeries> series(String areaCode, List<String> indicatorIds) {
        List<String> order = indicatorIds == null ? new ArrayList<>(indicators.keySet()) : indicatorIds;
        Map<String, List<Obs>> byIndicator = new LinkedHashMap<>();
        for (Obs o : observations) {
            if (o.areaCode().equals(areaCode)) byIndicator.computeIfAbsent(o.indicatorId() + "#" + o.breakdown(),
                    k -> new ArrayList<>()).add(o);
        }
        List<IndicatorSeries> out = new ArrayList<>();
        for (String id : order) {
            Ind ind = indicators.getOrDefault(id, new Ind(id, id, "", Polarity.NO_JUDGEMENT));
            for (Map.Entry<String, List<Obs>> e : byIndicator.entrySet()) {
                if (!e.getKey().startsWith(id + "#")) continue;
                List<Obs> obs = new ArrayList<>(e.getValue());
                obs.sort(Comparator.comparing(Obs::period));
                List<SeriesPoint> points = obs.stream().map(o -> new SeriesPoint(o.period(), o.timePeriod(), o.value(),
                        o.lower95(), o.upper95(), benchmarks.get(o.key() + "#ENGLAND"), benchmarks.get(o.key() + "#REGION"),
                        englandOutcomes.get(o.key()))).toList();
                IndicatorSeries s = new IndicatorSeries(id, ind.name(), ind.unit(), breakdownWords(obs.get(0).breakdown()),
                        areaCode, areaName(areaCode), points);
                if (s.hasValues()) out.add(s);
            }
        }
        return out;
    }

    /**
     * An area's spine chart: for each indicator and whole-population breakdown (no category) its value in the
     * latest period the area has one, within the values of every area of the same level (those with a region
     * value when the area has one, those without when it has none; England's own rows left out).
     */
    public List<SpineRow> spine(String areaCode) {
        List<SpineRow> rows = new ArrayList<>();
        for (Obs o : latestOf(areaCode)) {
            boolean hasRegion = benchmarks.containsKey(o.key() + "#REGION");
            double[] peers = observations.stream()
                    .filter(p -> p.indicatorId().equals(o.indicatorId()) && p.period().equals(o.period())
                            && p.breakdown().equals(o.breakdown()) && p.value() != null
                            && benchmarks.containsKey(p.key() + "#ENGLAND")
                            && benchmarks.containsKey(p.key() + "#REGION") == hasRegion)
                    .mapToDouble(Obs::value).sorted().toArray();
            if (peers.length == 0) continue;
            Ind ind = indicators.getOrDefault(o.indicatorId(), new Ind(o.indicatorId(), o.indicatorId(), "", Polarity.NO_JUDGEMENT));
            rows.add(new SpineRow(o.indicatorId(), ind.name(), ind.unit(), breakdownWords(o.breakdown()), o.timePeriod(),
                    ind.polarity(), o.value(), benchmarks.get(o.key() + "#ENGLAND"), peers[0], percentile(peers, 0.25),
                    percentile(peers, 0.75), peers[peers.length - 1], peers.length, englandOutcomes.get(o.key())));
        }
        return rows;
    }

    /** The area's latest observation with a value per indicator and breakdown without a category. */
    private List<Obs> latestOf(String areaCode) {
        Map<String, Obs> latest = new LinkedHashMap<>();
        for (Obs o : observations) {
            if (!o.areaCode().equals(areaCode) || o.value() == null || hasCategory(o.breakdown())) continue;
            latest.merge(o.indicatorId() + "#" + o.breakdown(), o, (a, b) -> b.period().compareTo(a.period()) > 0 ? b : a);
        }
        List<String> order = new ArrayList<>(indicators.keySet());
        List<Obs> out = new ArrayList<>(latest.values());
        out.sort(Comparator.comparingInt((Obs o) -> order.indexOf(o.indicatorId())).thenComparing(Obs::breakdown));
        return out;
    }

    /**
     * The area a chart shows when none is asked for: the first with a region to compare with (a local area, as
     * a board would look at), else the first that is not England, else the first.
     */
    public String defaultArea() {
        for (Obs o : observations) {
            if (benchmarks.containsKey(o.key() + "#REGION")) return o.areaCode();
        }
        return areas.keySet().stream().filter(c -> !c.equals(ENGLAND)).findFirst()
                .orElse(areas.isEmpty() ? "" : areas.keySet().iterator().next());
    }

    public String areaName(String areaCode) {
        Area a = areas.get(areaCode);
        return a == null ? areaCode : a.name();
    }

    /** Linear interpolation between the closest ranks (as a spreadsheet's PERCENTILE.INC). */
    static double percentile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    /** "Persons|5-16 yrs||" as "Persons, 5-16 yrs"; "" stays "". */
    static String breakdownWords(String breakdown) {
        if (breakdown == null || breakdown.isEmpty()) return "";
        return String.join(", ", Arrays.stream(breakdown.split("\\|")).filter(s -> !s.isBlank()).toList());
    }

    private static boolean hasCategory(String breakdown) {
        String[] parts = breakdown.split("\\|", -1);
        return parts.length >= 4 && (!parts[2].isEmpty() || !parts[3].isEmpty());
    }

    private static Double number(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() || !v.isNumber() ? null : v.asDouble();
    }

    private static Polarity polarity(String name) {
        return Set.of("HIGH_IS_GOOD", "LOW_IS_GOOD").contains(name) ? Polarity.valueOf(name) : Polarity.NO_JUDGEMENT;
    }
}
