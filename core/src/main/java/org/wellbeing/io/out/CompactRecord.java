package org.wellbeing.io.out;

import org.wellbeing.io.Json;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.wellbeing.engine.CoverageProblem;
import org.wellbeing.engine.Evaluation;
import org.wellbeing.model.Facts;
import org.wellbeing.engine.Firing;
import org.wellbeing.model.TownArea;
import org.wellbeing.model.Observation;
import org.wellbeing.model.Rating;
import org.wellbeing.model.Threshold;
import org.wellbeing.model.Trend;
import org.wellbeing.model.TrendFlag;

/**
 * An evaluation as the audit store keeps it from format 2 on: what an auditor needs to reproduce the answer and
 * check it, not the answer's whole trace. It names the policy version (rule files and catalogue) and the
 * compact inputs ({@link CompactInputs}) by hash, both stored once beside it; it holds the results and a digest
 * of the full trace ({@link TraceDigest}), which replay under the stored policy rebuilds on demand.
 *
 * <pre>
 * {"format":2, "id":..., "createdAt":..., "policyVersion":..., "ruleSetVersion":..., "inputs":SHA-256,
 *  "inputDigest":..., "traceDigest":..., "source":..., "area":{...}, "periods":[...], "factCount":N,
 *  "firingCount":M, "problems":[...],
 *  "results":{"ratings":[[observation,comparator,outcome,method,benchmark,rule,[threshold,...]],...],
 *             "trends":[[observation,label,method,rule],...],
 *             "flags":[[observation,severity,rule],...],
 *             "thresholds":[[name,value,unit],...]},
 *  "strings":[...]}
 * </pre>
 * In results, strings are positions in {@code strings}, an observation is its position among the inputs'
 * observations, a rating's thresholds are positions in {@code thresholds}: every threshold matched by the
 * firings behind it, back to the inputs (left out when none). {@code rule} is what names a rule ({@link #ruleRef}).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CompactRecord(int format, String id, String createdAt, String policyVersion, String ruleSetVersion,
                            String inputs, String inputDigest, String traceDigest, String source, TownArea area,
                            List<String> periods, int factCount, int firingCount, List<CoverageProblem> problems) {
    public static final int FORMAT = 2;
    private static final String PREFIX = "{\"format\":" + FORMAT + ",";

    /** What names a rule in stored results: its stable id ({@code @id} in the rule file). */
    public static String ruleRef(Firing firing) {
        return firing.ruleId();
    }

    /** True when a stored payload is of this format (older ones are {@link EvaluationDocument}s). */
    public static boolean isCompact(String payload) {
        return payload.startsWith(PREFIX);
    }

    /** The header of a stored payload; its results stay in the text. */
    public static CompactRecord read(String payload) {
        try {
            return Json.MAPPER.readValue(payload, CompactRecord.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored evaluation cannot be read: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * The payload of one evaluation.
     *
     * @param header  every field but the results (format {@link #FORMAT})
     * @param ratings the evaluation's ratings in the order the answer lists them
     */
    public static String write(CompactRecord header, Evaluation e, Facts input, List<Rating> ratings) {
        StringTable strings = new StringTable();
        Map<String, Integer> observationAt = new HashMap<>();
        List<Observation> observations = input.observations();
        for (int i = 0; i < observations.size(); i++) {
            observationAt.putIfAbsent(observations.get(i).key(), i);
        }
        StringWriter text = new StringWriter(ratings.size() * 40 + 2048);
        try (JsonGenerator out = Json.MAPPER.getFactory().createGenerator(text)) {
            out.writeStartObject();
            out.writeNumberField("format", FORMAT);
            out.writeStringField("id", header.id());
            out.writeStringField("createdAt", header.createdAt());
            out.writeStringField("policyVersion", header.policyVersion());
            out.writeStringField("ruleSetVersion", header.ruleSetVersion());
            out.writeStringField("inputs", header.inputs());
            out.writeStringField("inputDigest", header.inputDigest());
            out.writeStringField("traceDigest", header.traceDigest());
            out.writeStringField("source", header.source());
            out.writeFieldName("area");
            Json.MAPPER.writeValue(out, header.area());
            out.writeFieldName("periods");
            Json.MAPPER.writeValue(out, header.periods());
            out.writeNumberField("factCount", header.factCount());
            out.writeNumberField("firingCount", header.firingCount());
            out.writeFieldName("problems");
            Json.MAPPER.writeValue(out, header.problems());
            out.writeObjectFieldStart("results");
            Behind behind = new Behind(e.producedBy());
            out.writeArrayFieldStart("ratings");
            for (Rating rating : ratings) {
                out.writeStartArray();
                observation(out, strings, observationAt, rating.observationKey());
                strings.write(out, rating.comparator().label());
                strings.write(out, rating.outcome().name());
                strings.write(out, rating.method().name());
                if (rating.benchmark() == null) out.writeNull(); else out.writeNumber(rating.benchmark());
                rule(out, strings, e, rating);
                TreeSet<Integer> used = behind.thresholds(rating);
                if (!used.isEmpty()) {
                    out.writeStartArray();
                    for (int t : used) {
                        out.writeNumber(t);
                    }
                    out.writeEndArray();
                }
                out.writeEndArray();
            }
            out.writeEndArray();
            out.writeArrayFieldStart("trends");
            for (Trend t : e.derived(Trend.class)) {
                out.writeStartArray();
                observation(out, strings, observationAt, t.observationKey());
                strings.write(out, t.label());
                strings.write(out, t.method());
                rule(out, strings, e, t);
                out.writeEndArray();
            }
            out.writeEndArray();
            out.writeArrayFieldStart("flags");
            for (TrendFlag f : e.derived(TrendFlag.class)) {
                out.writeStartArray();
                observation(out, strings, observationAt, f.observationKey());
                strings.write(out, f.severity().name());
                rule(out, strings, e, f);
                out.writeEndArray();
            }
            out.writeEndArray();
            out.writeArrayFieldStart("thresholds");
            for (Threshold t : behind.thresholds) {
                out.writeStartArray();
                strings.write(out, t.name());
                out.writeNumber(t.value());
                strings.write(out, t.unit());
                out.writeEndArray();
            }
            out.writeEndArray();
            out.writeEndObject();
            strings.writeTable(out, "strings");
            out.writeEndObject();
        } catch (IOException x) {
            throw new UncheckedIOException(x);
        }
        return text.toString();
    }

    private static void observation(JsonGenerator out, StringTable strings, Map<String, Integer> observationAt,
                                    String key) throws IOException {
        Integer at = observationAt.get(key);
        out.writeNumber(at != null ? at : -1 - strings.position(key));
    }

    private static void rule(JsonGenerator out, StringTable strings, Evaluation e, Object derived) throws IOException {
        Firing f = e.producedBy().get(derived);
        strings.write(out, f == null ? null : ruleRef(f));
    }

    /** The thresholds matched by the firings behind a derived fact, back to the inputs; each threshold numbered once. */
    private static final class Behind {
        private final Map<Object, Firing> producedBy;
        private final Map<Object, Integer> positions = new IdentityHashMap<>();
        private final java.util.List<Threshold> thresholds = new java.util.ArrayList<>();
        private final Map<Object, TreeSet<Integer>> memo = new IdentityHashMap<>();

        Behind(Map<Object, Firing> producedBy) {
            this.producedBy = producedBy;
        }

        TreeSet<Integer> thresholds(Object fact) {
            TreeSet<Integer> known = memo.get(fact);
            if (known != null) {
                return known;
            }
            TreeSet<Integer> found = new TreeSet<>();
            memo.put(fact, found);
            Firing f = producedBy.get(fact);
            if (f != null) {
                for (Object m : f.matched()) {
                    if (m instanceof Threshold t) {
                        found.add(positions.computeIfAbsent(t, x -> {
                            thresholds.add(t);
                            return thresholds.size() - 1;
                        }));
                    } else if (producedBy.containsKey(m)) {
                        found.addAll(thresholds(m));
                    }
                }
            }
            return found;
        }
    }
}
