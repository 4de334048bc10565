package org.wellbeing.io.out;

import org.wellbeing.io.Json;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** A fact of the model as {@code {"type":"SuppliedTrend","fact":{...}}}, and back. */
final class TypedFacts {
    static final ObjectReader LENIENT = Json.MAPPER.reader().without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final String MODEL = "org.wellbeing.model.";

    private TypedFacts() {}

    static ObjectNode write(Object fact) {
        if (!fact.getClass().getName().equals(MODEL + fact.getClass().getSimpleName())) {
            throw new IllegalArgumentException("not a fact of the model: " + fact.getClass().getName());
        }
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.put("type", fact.getClass().getSimpleName());
        node.set("fact", Json.MAPPER.valueToTree(fact));
        return node;
    }

    static Object read(JsonNode node) {
        String type = node.path("type").asText();
        if (!type.matches("[A-Z][A-Za-z0-9]*")) {
            throw new IllegalStateException("stored fact has no model type: '" + type + "'");
        }
        try {
            return LENIENT.treeToValue(node.path("fact"), Class.forName(MODEL + type));
        } catch (ClassNotFoundException | JsonProcessingException e) {
            throw new IllegalStateException("stored " + type + " cannot be rebuilt: " + e.getMessage(), e);
        }
    }
}
