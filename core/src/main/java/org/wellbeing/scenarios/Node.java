package org.wellbeing.scenarios;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A field of a scenario file with its path, turning YAML values into typed ones. A bad value is recorded as a
 * problem naming file, line and path, and read as null, so that one reading reports every problem of a file.
 */
final class Node {
    private final JsonNode json;
    final String path;
    private final String file;
    private final YamlDocument document;
    private final List<ScenarioProblem> problems;

    Node(JsonNode json, String path, String file, YamlDocument document, List<ScenarioProblem> problems) {
        this.json = json == null ? MissingNode.getInstance() : json;
        this.path = path;
        this.file = file;
        this.document = document;
        this.problems = problems;
    }

    Node field(String key) {
        return new Node(json.get(key), path.isEmpty() ? key : path + "." + key, file, document, problems);
    }

    /** Given and not null ({@code ~}). */
    boolean present() {
        return !json.isMissingNode() && !json.isNull();
    }

    boolean isMap() {
        return json.isObject();
    }

    boolean isList() {
        return json.isArray();
    }

    int line() {
        return document.lineOf(path);
    }

    /** The items of a list; a single map or value stands for a list of one when {@code single} is true. */
    List<Node> items(boolean single) {
        List<Node> items = new ArrayList<>();
        if (!present()) {
            return items;
        }
        if (json.isArray()) {
            for (int i = 0; i < json.size(); i++) {
                items.add(new Node(json.get(i), path + "[" + i + "]", file, document, problems));
            }
        } else if (single) {
            items.add(this);
        } else {
            error("expected a list (lines starting with '- ')");
        }
        return items;
    }

    /** Records a problem for every key of this map that is not one of {@code allowed}; false when not a map. */
    boolean map(Set<String> allowed) {
        if (!json.isObject()) {
            error(present() ? "expected fields (key: value), found '" + json.asText() + "'" : "missing");
            return false;
        }
        for (Iterator<String> keys = json.fieldNames(); keys.hasNext(); ) {
            String key = keys.next();
            if (!allowed.contains(key)) {
                field(key).error("unknown field '" + key + "'; expected one of " + String.join(", ", allowed));
            }
        }
        return true;
    }

    /** The text of a scalar (numbers as written); null when absent, with a problem when required. */
    String text(boolean required) {
        if (!present()) {
            if (required) {
                error("missing");
            }
            return null;
        }
        if (!json.isValueNode()) {
            error("expected a single value, found " + (json.isArray() ? "a list" : "fields"));
            return null;
        }
        String t = json.asText().strip();
        if (t.isEmpty() && required) {
            error("missing");
            return null;
        }
        return t;
    }

    Double number() {
        if (!present()) {
            return null;
        }
        if (json.isNumber()) {
            return json.asDouble();
        }
        String t = text(false);
        if (t != null) {
            try {
                double d = Double.parseDouble(t);
                if (Double.isFinite(d)) {
                    return d;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            error("not a number: '" + t + "'");
        }
        return null;
    }

    Integer wholeNumber() {
        Double d = number();
        if (d == null) {
            return null;
        }
        if (d != Math.rint(d)) {
            error("not a whole number: '" + json.asText() + "'");
            return null;
        }
        return d.intValue();
    }

    /** The constant named by the text, ignoring case; null when absent or unknown (with a problem). */
    <E extends Enum<E>> E constant(Class<E> type, boolean required) {
        String t = text(required);
        if (t == null) {
            return null;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(t)) {
                return e;
            }
        }
        error("not one of " + names(type) + ": '" + t + "'");
        return null;
    }

    /** The text, which must be one of {@code choices} (ignoring case); returned as the choice is spelt. */
    String choice(List<String> choices, boolean required) {
        String t = text(required);
        if (t == null) {
            return null;
        }
        for (String c : choices) {
            if (c.equalsIgnoreCase(t)) {
                return c;
            }
        }
        error("not one of " + String.join(", ", choices) + ": '" + t + "'");
        return null;
    }

    void error(String message) {
        problems.add(new ScenarioProblem(file, line(), path, message));
    }

    private static <E extends Enum<E>> String names(Class<E> type) {
        StringBuilder s = new StringBuilder();
        for (E e : type.getEnumConstants()) {
            s.append(s.length() == 0 ? "" : ", ").append(e.name().toUpperCase(Locale.ROOT));
        }
        return s.toString();
    }
}
