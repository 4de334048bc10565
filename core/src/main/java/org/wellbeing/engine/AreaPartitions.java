package org.wellbeing.engine;

import org.wellbeing.model.Facts;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.wellbeing.model.Benchmark;
import org.wellbeing.model.Observation;
import org.wellbeing.model.QualityFlag;
import org.wellbeing.model.SuppliedTrend;

/**
 * The input facts split by area, one partition per area, for one session each. Areas are independent:
 * the comparison and trend rules join an observation only with facts of the same observation key
 * (benchmarks, supplied trends, its own series) and with the catalogue, so rating areas apart gives what
 * rating them together gives. The priority rules do add up across all observations of a period, so
 * facts given for all areas together (workstreams and their links) keep the facts in one partition.
 *
 * <p>Areas are taken in the order they first appear; a benchmark or supplied trend whose observation is
 * not among the facts goes with the first partition, where it meets nothing, as it would have.
 */
record AreaPartitions(List<Part> parts) {

    /** One area's share of the facts. */
    record Part(List<Observation> observations, List<Benchmark> benchmarks, List<Object> others) {}

    static AreaPartitions of(Facts facts) {
        Map<String, Integer> areaIndex = new LinkedHashMap<>();
        for (Observation o : facts.observations()) {
            areaIndex.putIfAbsent(o.areaCode(), areaIndex.size());
        }
        int areas = areaIndex.size();
        if (areas <= 1 || !facts.others().stream().allMatch(f -> f instanceof SuppliedTrend || f instanceof QualityFlag)) {
            return new AreaPartitions(List.of(new Part(facts.observations(), facts.benchmarks(), facts.others())));
        }
        int parts = areas;
        List<List<Observation>> observations = lists(parts);
        List<List<Benchmark>> benchmarks = lists(parts);
        List<List<Object>> others = lists(parts);
        Map<String, Integer> partOfKey = new HashMap<>(facts.observations().size() * 2);
        for (Observation o : facts.observations()) {
            int part = areaIndex.get(o.areaCode());
            partOfKey.put(o.key(), part);
            observations.get(part).add(o);
        }
        for (Benchmark b : facts.benchmarks()) {
            benchmarks.get(partOfKey.getOrDefault(b.observationKey(), 0)).add(b);
        }
        for (Object fact : facts.others()) {
            String key = fact instanceof SuppliedTrend t ? t.observationKey() : ((QualityFlag) fact).observationKey();
            others.get(partOfKey.getOrDefault(key, 0)).add(fact);
        }
        List<Part> result = new ArrayList<>(parts);
        for (int i = 0; i < parts; i++) {
            result.add(new Part(observations.get(i), benchmarks.get(i), others.get(i)));
        }
        return new AreaPartitions(List.copyOf(result));
    }

    private static <T> List<List<T>> lists(int n) {
        List<List<T>> lists = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            lists.add(new ArrayList<>());
        }
        return lists;
    }
}
