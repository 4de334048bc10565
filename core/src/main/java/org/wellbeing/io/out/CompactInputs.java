package org.wellbeing.io.out;

import org.wellbeing.io.Json;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.wellbeing.model.Facts;
import org.wellbeing.model.Benchmark;
import org.wellbeing.model.Comparator;
import org.wellbeing.model.Observation;

/**
 * The inputs of one evaluation that are not its catalogue, in a compact canonical text: the same facts
 * always give the same text, and reading it back with the same catalogue gives facts equal to the given ones
 * in the same order (so the input digest can be recomputed).
 *
 * <pre>
 * {"format":1,
 *  "observations":[[indicatorId,areaCode,areaName,period,timePeriod,breakdown,note,value,lower95,upper95,
 *                   lower998,upper998,count,denominator,limitsFrom], ...],
 *  "benchmarks":[[observation,comparator,source,value,rank,rankOf], ...],
 *  "others":[0, 1, {"type":"SuppliedTrend","fact":{...}}, ...],
 *  "strings":["life-expectancy-male","E06000032","Luton","2022/23",...]}
 * </pre>
 * Strings are positions in {@code strings}; a row's trailing nulls are left out (so the
 * numbers most often missing come last). A benchmark's observation
 * is the position of the observation it compares (or, for a key no observation has, -1 minus the key's
 * position in {@code strings}). The empty benchmarks every evaluation adds for comparators the source gives
 * nothing for ({@link Facts}) are left out when they come last, and made again on reading. An entry of
 * {@code others} is a number for a standing fact of the catalogue (its position there), or the fact itself.
 */
public final class CompactInputs {
    public static final int FORMAT = 1;

    private CompactInputs() {}

    /** The text of the facts' observations, benchmarks and other facts, the catalogue's standing facts by position. */
    public static String write(Facts facts, Catalogue catalogue) {
        StringTable strings = new StringTable();
        StringWriter text = new StringWriter(facts.observations().size() * 96 + 1024);
        Map<String, Integer> observationAt = new HashMap<>();
        try (JsonGenerator out = Json.MAPPER.getFactory().createGenerator(text)) {
            out.writeStartObject();
            out.writeNumberField("format", FORMAT);
            out.writeArrayFieldStart("observations");
            List<Observation> observations = facts.observations();
            for (int i = 0; i < observations.size(); i++) {
                Observation o = observations.get(i);
                observationAt.putIfAbsent(o.key(), i);
                Object[] row = {o.indicatorId(), o.areaCode(), o.areaName(), o.period(), o.timePeriod(), o.breakdown(),
                        o.note(), o.value(), o.lower95(), o.upper95(), o.lower998(), o.upper998(), o.count(),
                        o.denominator(), o.limitsComputed() ? o.limitsFrom() : null};
                writeRow(out, strings, row);
            }
            out.writeEndArray();
            out.writeArrayFieldStart("benchmarks");
            for (Benchmark b : given(facts)) {
                Integer at = observationAt.get(b.observationKey());
                Object[] row = {at != null ? (Object) at : (Object) (-1 - strings.position(b.observationKey())),
                        b.comparator().name(), b.source(), b.value(), b.rank(), b.rankOf()};
                writeRow(out, strings, row);
            }
            out.writeEndArray();
            out.writeArrayFieldStart("others");
            Map<Object, Integer> standing = catalogue.otherPositions();
            for (Object other : facts.others()) {
                Integer at = standing.get(other);
                if (at != null) {
                    out.writeNumber(at);
                } else {
                    out.writeTree(TypedFacts.write(other));
                }
            }
            out.writeEndArray();
            strings.writeTable(out, "strings");
            out.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    /** The facts a text holds, with the catalogue it was written against. */
    public static Facts read(String text, Catalogue catalogue) {
        try {
            JsonNode root = Json.MAPPER.readTree(text);
            if (root.path("format").asInt() != FORMAT) {
                throw new IllegalStateException("stored inputs have format " + root.path("format") + ", expected " + FORMAT);
            }
            List<String> strings = StringTable.read(root.path("strings"));
            JsonNode rows = root;
            List<Observation> observations = new ArrayList<>();
            for (JsonNode r : rows.path("observations")) {
                observations.add(new Observation(StringTable.at(strings, r, 0), StringTable.at(strings, r, 1),
                        StringTable.at(strings, r, 2), StringTable.at(strings, r, 3), StringTable.at(strings, r, 4),
                        StringTable.at(strings, r, 5), StringTable.number(r, 7), StringTable.number(r, 8),
                        StringTable.number(r, 9), StringTable.number(r, 10), StringTable.number(r, 11),
                        StringTable.number(r, 12), StringTable.number(r, 13), StringTable.at(strings, r, 6), null,
                        StringTable.at(strings, r, 14)));
            }
            List<Benchmark> benchmarks = new ArrayList<>();
            for (JsonNode r : rows.path("benchmarks")) {
                int at = r.get(0).intValue();
                String key = at >= 0 ? observations.get(at).key() : strings.get(-1 - at);
                benchmarks.add(new Benchmark(key, Comparator.valueOf(StringTable.at(strings, r, 1)),
                        StringTable.number(r, 3), StringTable.integer(r, 4), StringTable.integer(r, 5),
                        StringTable.at(strings, r, 2)));
            }
            List<Object> others = new ArrayList<>();
            for (JsonNode o : rows.path("others")) {
                others.add(o.isInt() ? catalogue.others().get(o.intValue()) : TypedFacts.read(o));
            }
            return new Facts(catalogue.indicators(), observations, benchmarks, others);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored inputs cannot be read: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * The benchmarks to write: all of them but the empty ones {@link Facts} adds at the end, when the facts
     * made again from the rest are the same list.
     */
    private static List<Benchmark> given(Facts facts) {
        List<Benchmark> all = facts.benchmarks();
        int end = all.size();
        while (end > 0 && isFilledIn(all.get(end - 1))) {
            end--;
        }
        if (end == all.size()) {
            return all;
        }
        List<Benchmark> given = all.subList(0, end);
        return new Facts(List.of(), facts.observations(), given).benchmarks().equals(all) ? given : all;
    }

    private static boolean isFilledIn(Benchmark b) {
        return b.value() == null && b.rank() == null && b.rankOf() == null
                && ("not given".equals(b.source()) || "goal from the catalogue".equals(b.source()));
    }

    private static void writeRow(JsonGenerator out, StringTable strings, Object[] row) throws IOException {
        int length = row.length;
        while (length > 0 && row[length - 1] == null) {
            length--;
        }
        out.writeStartArray();
        for (int i = 0; i < length; i++) {
            Object v = row[i];
            if (v == null) {
                out.writeNull();
            } else if (v instanceof String s) {
                strings.write(out, s);
            } else if (v instanceof Double d) {
                out.writeNumber(d);
            } else if (v instanceof Integer n) {
                out.writeNumber(n);
            } else {
                throw new IllegalArgumentException("no compact form for " + v.getClass());
            }
        }
        out.writeEndArray();
    }
}
