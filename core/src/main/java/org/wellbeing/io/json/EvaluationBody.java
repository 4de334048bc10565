package org.wellbeing.io.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.wellbeing.io.Json;
import org.wellbeing.model.TownArea;
import org.wellbeing.io.town.TownDataset;
import org.wellbeing.model.Benchmark;
import org.wellbeing.model.Comparator;
import org.wellbeing.model.Observation;

/**
 * Bodies for {@code POST /api/evaluations}: one period of a town's data in the README's "Observations as JSON"
 * layout, or {@code {}} (the service's bundled data, every period).
 *
 * @param json         the body
 * @param observations how many observations it evaluates
 * @param description  what it holds, for the benchmark's header
 */
public record EvaluationBody(byte[] json, int observations, String description) {

    public EvaluationBody {
        json = json.clone();
    }

    @Override
    public byte[] json() {
        return json.clone();
    }

    /** {@code {}}: the service evaluates its bundled data, every period. */
    public static EvaluationBody bundled(TownDataset data) {
        return new EvaluationBody("{}".getBytes(StandardCharsets.UTF_8), data.facts().observations().size(),
                "{} (the bundled data, every period: " + String.join(", ", data.periods()) + ")");
    }

    /** Every observation of the data's latest period, with its benchmarks, as a JSON body. */
    public static EvaluationBody latestPeriod(TownDataset data) {
        List<String> periods = data.periods();
        if (periods.isEmpty()) throw new IllegalArgumentException("the data has no observations");
        return period(data, periods.get(periods.size() - 1));
    }

    /** Every observation of one period, with its England, region and nearest-neighbour benchmarks. */
    public static EvaluationBody period(TownDataset data, String period) {
        Map<String, Map<Comparator, Benchmark>> benchmarks = new HashMap<>();
        for (Benchmark b : data.facts().benchmarks()) {
            benchmarks.computeIfAbsent(b.observationKey(), k -> new HashMap<>()).put(b.comparator(), b);
        }
        ObjectNode root = Json.MAPPER.createObjectNode();
        TownArea area = data.area();
        ObjectNode a = root.putObject("area");
        a.put("code", area.code());
        a.put("name", area.name());
        a.put("regionName", area.regionName());
        ArrayNode list = root.putArray("observations");
        int count = 0;
        for (Observation o : data.facts().observations()) {
            if (!o.period().equals(period)) continue;
            ObjectNode n = list.addObject();
            n.put("indicatorId", o.indicatorId());
            n.put("period", o.period());
            if (o.timePeriod() != null && !o.timePeriod().isEmpty()) n.put("timePeriod", o.timePeriod());
            if (o.breakdown() != null && !o.breakdown().isEmpty()) n.put("breakdown", o.breakdown());
            putNumber(n, "value", o.value());
            if (o.hasCi95()) {
                n.put("lower95", o.lower95());
                n.put("upper95", o.upper95());
            }
            if (o.hasCi998()) {
                n.put("lower998", o.lower998());
                n.put("upper998", o.upper998());
            }
            putNumber(n, "count", o.count());
            putNumber(n, "denominator", o.denominator());
            Map<Comparator, Benchmark> of = benchmarks.getOrDefault(o.key(), Map.of());
            Benchmark england = of.get(Comparator.ENGLAND);
            Benchmark region = of.get(Comparator.REGION);
            Benchmark neighbours = of.get(Comparator.NEIGHBOURS);
            if (england != null) putNumber(n, "england", england.value());
            if (region != null) putNumber(n, "region", region.value());
            if (neighbours != null) {
                if (neighbours.hasRank()) {
                    n.put("neighbourRank", neighbours.rank());
                    n.put("neighbourOf", neighbours.rankOf());
                }
                putNumber(n, "neighbourValue", neighbours.value());
            }
            count++;
        }
        if (count == 0) throw new IllegalArgumentException("no observations in period '" + period + "'");
        try {
            return new EvaluationBody(Json.MAPPER.writeValueAsBytes(root), count,
                    "every observation of period " + period + " with its benchmarks, as JSON");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the body", e);
        }
    }

    /**
     * A body of {@code count} observations made from the latest period's: copy k of an observation has the
     * breakdown "copy k" and its values scaled down by {@code shift} per mille times k (plus {@code shift}), so
     * that bodies with different shifts hold different values, and every value stays possible for its unit (a
     * percentage between 0 and 100, a rate not negative), as the readers require. For requests at a size limit.
     */
    public static EvaluationBody copies(TownDataset data, int count, double shift) {
        byte[] latest = latestPeriod(data).json();
        try {
            ObjectNode source = (ObjectNode) Json.MAPPER.readTree(latest);
            ArrayNode given = (ArrayNode) source.get("observations");
            ObjectNode root = Json.MAPPER.createObjectNode();
            root.set("area", source.get("area"));
            ArrayNode list = root.putArray("observations");
            for (int i = 0; i < count; i++) {
                ObjectNode n = given.get(i % given.size()).deepCopy();
                int copy = i / given.size();
                if (copy > 0) n.put("breakdown", "copy " + copy);
                double factor = 1 - shift * (copy + 1) / 1000;
                for (String field : List.of("value", "lower95", "upper95")) {
                    if (n.hasNonNull(field)) n.put(field, n.get(field).doubleValue() * factor);
                }
                list.add(n);
            }
            return new EvaluationBody(Json.MAPPER.writeValueAsBytes(root), count,
                    count + " observations: copies of the latest period's, values shifted by " + shift);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the body", e);
        }
    }

    private static void putNumber(ObjectNode n, String field, Double value) {
        if (value != null) n.put(field, value);
    }
}
