package org.wellbeing.io;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Where a CSV record sits in its file, as an editor counts lines (header = line 1). */
public final class CsvLine {
    private CsvLine() {}

    /**
     * The line {@code record}, just read from {@code parser}, starts on. The parser counts the lines it has read,
     * up to the record's last; a quoted field that spans lines holds the line breaks between its first and last.
     */
    public static int of(CSVParser parser, CSVRecord record) {
        int breaks = 0;
        for (String value : record.values()) {
            breaks += (int) value.chars().filter(c -> c == '\n').count();
        }
        return (int) parser.getCurrentLineNumber() - breaks;
    }

    /**
     * A row with fewer or more fields than the header is refused: its cells could not be told apart. Says so in
     * {@code f} and returns false for such a row.
     */
    public static boolean checkWidth(CSVRecord record, int headerWidth, CsvFields f) {
        if (record.size() != headerWidth) {
            f.error(null, "has " + record.size() + " fields, the header has " + headerWidth);
            return false;
        }
        return true;
    }
}
