package org.wellbeing.io.fingertips;

import org.wellbeing.model.Benchmark;
import org.wellbeing.model.Comparator;
import org.wellbeing.model.Observation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns Fingertips rows into engine facts.
 * <ul>
 * <li>Every row becomes an {@link Observation}. England's whole-population rows are the benchmark: they
 *     get no England or region value, so the rules say "not compared", as Fingertips does. England's
 *     category rows (deprivation deciles, ethnic groups, ...) are compared with England's
 *     whole-population value.</li>
 * <li>ENGLAND benchmark: England's row for the same indicator, time period, sex and age with no
 *     category, for category rows too (that reproduces the official labels of England's category rows).</li>
 * <li>REGION benchmark: the row of the area's Parent Code with the same indicator, time period, sex,
 *     age and category. Null value, with the reason in {@code source}, when the file has none, when
 *     the parent is England (a region, or an area of a file downloaded with England as the parent type) and for
 *     England's own category rows.</li>
 * <li>NEIGHBOURS benchmark: always null, Fingertips files carry no neighbour group.</li>
 * </ul>
 * Rows may come from several files; an observation key seen twice keeps the first row.
 */
public final class FingertipsConverter {

    public static final String NO_NEIGHBOURS = "no neighbour group in the file";

    private FingertipsConverter() {}

    public static FingertipsFacts convert(List<FingertipsRow> rows) {
        Map<String, FingertipsRow> byArea = new HashMap<>();
        for (FingertipsRow r : rows) byArea.putIfAbsent(lookupKey(r.indicatorId(), r.areaCode(), r), r);

        Map<String, Observation> observations = new LinkedHashMap<>();
        List<Benchmark> benchmarks = new ArrayList<>();
        Map<String, OfficialLabels> labels = new HashMap<>();
        List<String> duplicates = new ArrayList<>();
        for (FingertipsRow r : rows) {
            Observation o = observation(r);
            if (observations.putIfAbsent(o.key(), o) != null) {
                duplicates.add(r.origin());
                continue;
            }
            labels.put(o.key(), OfficialLabels.of(o.key(), r));
            benchmarks.add(england(o, r, byArea));
            benchmarks.add(region(o, r, byArea));
            benchmarks.add(new Benchmark(o.key(), Comparator.NEIGHBOURS, null, null, null, NO_NEIGHBOURS));
        }
        return new FingertipsFacts(new ArrayList<>(observations.values()), benchmarks, labels, duplicates);
    }

    public static Observation observation(FingertipsRow r) {
        return new Observation(r.indicatorId(), r.areaCode(), r.areaName(), r.timePeriod(), r.timePeriod(),
                r.breakdown(), r.value(), r.lower95(), r.upper95(), r.lower998(), r.upper998(),
                r.count(), r.denominator(), r.valueNote());
    }

    private static Benchmark england(Observation o, FingertipsRow r, Map<String, FingertipsRow> byArea) {
        FingertipsRow e = byArea.get(key(r.indicatorId(), FingertipsRow.ENGLAND, r.timePeriod(),
                FingertipsRow.breakdownOf(r.sex(), r.age(), "", "")));
        String whole = r.hasCategory() ? ", whole population" : "";
        if (r.isEngland() && !r.hasCategory()) {
            return new Benchmark(o.key(), Comparator.ENGLAND, null, null, null, "the area is England itself");
        }
        if (e == null) {
            return new Benchmark(o.key(), Comparator.ENGLAND, null, null, null,
                    "no England row for this indicator, period, sex and age in " + r.file());
        }
        String source = e.areaName() + " (" + e.areaCode() + ")" + whole
                + (e.value() == null ? ": value missing" : "");
        return new Benchmark(o.key(), Comparator.ENGLAND, e.value(), null, null, source);
    }

    private static Benchmark region(Observation o, FingertipsRow r, Map<String, FingertipsRow> byArea) {
        String parent = r.parentCode();
        String reason = null;
        FingertipsRow p = null;
        if (r.isEngland()) {
            reason = "England has no region";
        } else if (parent.isEmpty()) {
            reason = "no parent code in " + r.file();
        } else if (parent.equals(FingertipsRow.ENGLAND)) {
            // a file downloaded with England as the parent area type gives every area England as its parent
            reason = r.areaType().toLowerCase(java.util.Locale.ROOT).contains("region")
                    ? "the area is a region: it is compared with England only"
                    : "the file gives England as the area's parent (Parent Code " + FingertipsRow.ENGLAND
                            + "), so it names no region to compare with";
        } else {
            p = byArea.get(lookupKey(r.indicatorId(), parent, r));
            if (p == null) reason = "no row for parent " + parent + " with the same period, sex, age and category in " + r.file();
        }
        if (p == null) return new Benchmark(o.key(), Comparator.REGION, null, null, null, reason);
        String source = p.areaName() + " (" + p.areaCode() + ")" + (p.value() == null ? ": value missing" : "");
        return new Benchmark(o.key(), Comparator.REGION, p.value(), null, null, source);
    }

    private static String lookupKey(String indicatorId, String areaCode, FingertipsRow r) {
        return key(indicatorId, areaCode, r.timePeriod(), r.breakdown());
    }

    private static String key(String indicatorId, String areaCode, String period, String breakdown) {
        return Observation.keyOf(indicatorId, areaCode, period, breakdown);
    }
}
