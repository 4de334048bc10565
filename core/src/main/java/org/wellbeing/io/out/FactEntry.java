package org.wellbeing.io.out;

import org.wellbeing.io.Json;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.lang.reflect.RecordComponent;
import org.wellbeing.model.Indicator;

/**
 * A fact as written into an evaluation document, once: firings point at it by {@code ref}.
 *
 * @param ref         its number in the document, from 0
 * @param type        the fact's class name (Observation, Benchmark, Threshold, Rating, ...)
 * @param indicatorId the indicator it is about; null for facts such as thresholds that concern every indicator
 * @param input       true for a fact given to the evaluation, false for one a rule inserted
 * @param fact        its fields
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FactEntry(int ref, String type, String indicatorId, boolean input, JsonNode fact) {

    private static final ClassValue<RecordComponent> INDICATOR_FIELD = new ClassValue<>() {
        @Override
        protected RecordComponent computeValue(Class<?> type) {
            if (!type.isRecord()) return null;
            RecordComponent byKey = null;
            for (RecordComponent c : type.getRecordComponents()) {
                if (c.getName().equals("indicatorId")) return c;
                if (c.getName().equals("observationKey")) byKey = c;
            }
            return byKey;
        }
    };

    public static FactEntry of(int ref, Object fact, boolean input) {
        JsonNode fields;
        try {
            fields = Json.MAPPER.valueToTree(fact);
        } catch (IllegalArgumentException e) {
            fields = TextNode.valueOf(String.valueOf(fact));
        }
        return new FactEntry(ref, fact.getClass().getSimpleName(), indicatorOf(fact), input, fields);
    }

    /** The indicator a fact is about: its {@code indicatorId}, the first part of its {@code observationKey}, or an Indicator's id. */
    static String indicatorOf(Object fact) {
        if (fact instanceof Indicator i) return i.id();
        RecordComponent c = INDICATOR_FIELD.get(fact.getClass());
        if (c == null) return null;
        try {
            Object value = c.getAccessor().invoke(fact);
            if (value == null) return null;
            String s = value.toString();
            if (c.getName().equals("observationKey")) {
                int bar = s.indexOf('|');
                return bar < 0 ? s : s.substring(0, bar);
            }
            return s;
        } catch (ReflectiveOperationException e) {
            return null;
        }
    }
}
