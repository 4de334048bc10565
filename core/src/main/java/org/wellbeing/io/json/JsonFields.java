package org.wellbeing.io.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Reads typed values out of one JSON object, adding a {@link FieldProblem} to a list instead of throwing,
 * so that a reader can report every bad field of a body at once. Absent and null mean "not given".
 */
final class JsonFields {
    private final JsonNode object;
    private final String path;
    private final List<FieldProblem> problems;

    JsonFields(JsonNode object, String path, List<FieldProblem> problems) {
        this.object = object;
        this.path = path;
        this.problems = problems;
    }

    /** Reports every field not in {@code allowed}: a misspelt field would otherwise be silently ignored. */
    void onlyKnown(Set<String> allowed) {
        for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                error(name, "unknown field; expected one of " + String.join(", ", new ArrayList<>(allowed)));
            }
        }
    }

    /** The string, stripped; null when absent or null; a blank required string is reported. */
    String text(String field, boolean required) {
        JsonNode n = object.get(field);
        if (n == null || n.isNull()) {
            if (required) error(field, "required");
            return null;
        }
        if (!n.isTextual()) {
            error(field, "expected a string, got " + describe(n));
            return null;
        }
        String s = n.asText().strip();
        if (required && s.isEmpty()) {
            error(field, "must not be blank");
            return null;
        }
        return s;
    }

    /** The number, null when absent or null; anything but a finite JSON number is reported. */
    Double number(String field) {
        JsonNode n = object.get(field);
        if (n == null || n.isNull()) return null;
        if (!n.isNumber() || !Double.isFinite(n.asDouble())) {
            error(field, "expected a number or null, got " + describe(n));
            return null;
        }
        return n.asDouble();
    }

    /** The whole number, null when absent or null; anything else is reported. */
    Integer wholeNumber(String field) {
        JsonNode n = object.get(field);
        if (n == null || n.isNull()) return null;
        if (!n.isIntegralNumber() || !n.canConvertToInt()) {
            error(field, "expected a whole number or null, got " + describe(n));
            return null;
        }
        return n.asInt();
    }

    /** True when the field is present and not null. */
    boolean given(String field) {
        JsonNode n = object.get(field);
        return n != null && !n.isNull();
    }

    void error(String field, String message) {
        problems.add(new FieldProblem(path(field), message));
    }

    String path(String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    static String describe(JsonNode n) {
        String kind = switch (n.getNodeType()) {
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            default -> n.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        };
        String text = n.isContainerNode() ? "" : " " + n.toString();
        return kind + (text.length() > 42 ? text.substring(0, 40) + "…" : text);
    }
}
