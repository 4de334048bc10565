package org.wellbeing.io;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** A CSV file's header: columns found by name, ignoring case, surrounding space and a byte-order mark. */
public final class CsvHeader {
    private final Map<String, String> columns;

    private CsvHeader(Map<String, String> columns) {
        this.columns = columns;
    }

    /** The header of {@code parser}; a file without every one of {@code required} is refused, naming them. */
    public static CsvHeader of(CSVParser parser, List<String> required, String fileName) {
        Map<String, String> canonical = new HashMap<>();
        parser.getHeaderNames().forEach(h -> canonical.put(h.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT), h));
        List<String> missing = required.stream().filter(c -> !canonical.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            throw new ReadException(fileName, List.of(new ReadError(fileName, 0, null,
                    "missing required columns: " + String.join(", ", missing))));
        }
        return new CsvHeader(canonical);
    }

    /** The text of {@code column} (a canonical, lower-case name) in {@code record}; "" when the row is short. */
    public String cell(CSVRecord record, String column) {
        String name = columns.get(column);
        return name != null && record.isSet(name) ? record.get(name) : "";
    }
}
