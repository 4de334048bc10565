package org.wellbeing.io.out;

import org.wellbeing.io.Json;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.wellbeing.model.Indicator;

/**
 * The catalogue an evaluation is judged by, as one canonical text kept in a policy version: the indicators
 * (what each measures, its polarity, comparison method and goal) and the other standing facts given with every
 * evaluation (the boards' workstreams and their links to indicators). The same facts always give the same
 * text: {@code {"format":1,"indicators":[...],"others":[{"type":"Workstream","fact":{...}},...]}}.
 */
public record Catalogue(List<Indicator> indicators, List<Object> others, String text) {
    public static final int FORMAT = 1;

    public Catalogue {
        indicators = List.copyOf(indicators);
        others = List.copyOf(others);
    }

    /** The catalogue of these facts, with its text. */
    public static Catalogue of(List<Indicator> indicators, List<Object> others) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("format", FORMAT);
        ArrayNode list = root.putArray("indicators");
        indicators.forEach(i -> list.add(Json.MAPPER.valueToTree(i)));
        ArrayNode rest = root.putArray("others");
        others.forEach(o -> rest.add(TypedFacts.write(o)));
        try {
            return new Catalogue(indicators, others, Json.MAPPER.writeValueAsString(root));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("catalogue cannot be written as JSON", e);
        }
    }

    /** The catalogue a stored text holds. */
    public static Catalogue read(String text) {
        try {
            JsonNode root = Json.MAPPER.readTree(text);
            if (root.path("format").asInt() != FORMAT) {
                throw new IllegalStateException("stored catalogue has format " + root.path("format") + ", expected " + FORMAT);
            }
            List<Indicator> indicators = new ArrayList<>();
            for (JsonNode i : root.path("indicators")) {
                indicators.add(TypedFacts.LENIENT.treeToValue(i, Indicator.class));
            }
            List<Object> others = new ArrayList<>();
            for (JsonNode o : root.path("others")) {
                others.add(TypedFacts.read(o));
            }
            return new Catalogue(indicators, others, text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored catalogue cannot be read: " + e.getOriginalMessage(), e);
        }
    }

    /** Each standing fact's position among {@link #others()}, for inputs that point at them. */
    Map<Object, Integer> otherPositions() {
        Map<Object, Integer> positions = new HashMap<>();
        for (int i = others.size() - 1; i >= 0; i--) {
            positions.put(others.get(i), i);
        }
        return positions;
    }
}
