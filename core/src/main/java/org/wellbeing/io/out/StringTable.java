package org.wellbeing.io.out;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The strings of a compact text, each written once: rows hold a string as its position in the table (in order
 * of first use), so an area code or a source repeated on every row costs a few digits. Null stays null.
 */
final class StringTable {
    private final Map<String, Integer> positions = new HashMap<>();
    private final List<String> strings = new ArrayList<>();

    /** Writes a string as its position, adding it on first use. */
    void write(JsonGenerator out, String s) throws IOException {
        if (s == null) {
            out.writeNull();
        } else {
            out.writeNumber(position(s));
        }
    }

    int position(String s) {
        Integer at = positions.get(s);
        if (at == null) {
            at = strings.size();
            positions.put(s, at);
            strings.add(s);
        }
        return at;
    }

    void writeTable(JsonGenerator out, String field) throws IOException {
        out.writeArrayFieldStart(field);
        for (String s : strings) {
            out.writeString(s);
        }
        out.writeEndArray();
    }

    /** A table as read back. */
    static List<String> read(JsonNode table) {
        List<String> strings = new ArrayList<>(table.size());
        table.forEach(s -> strings.add(s.asText()));
        return strings;
    }

    /** The string at a row's column: null for a missing column or null. */
    static String at(List<String> table, JsonNode row, int column) {
        JsonNode n = row.get(column);
        return n == null || n.isNull() ? null : table.get(n.asInt());
    }

    static Double number(JsonNode row, int column) {
        JsonNode n = row.get(column);
        return n == null || n.isNull() ? null : n.doubleValue();
    }

    static Integer integer(JsonNode row, int column) {
        JsonNode n = row.get(column);
        return n == null || n.isNull() ? null : n.intValue();
    }
}
