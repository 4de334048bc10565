package org.wellbeing.io.fingertips.next;

/** A FingertipsNext file that cannot be read; the message names the source, line and column: {@code file.csv:12: column 'Value': ...}. */
public class FingertipsNextFormatException extends RuntimeException {

    private final String source;
    private final long line;
    private final String column;

    public FingertipsNextFormatException(String source, long line, String column, String problem) {
        super(source + (line > 0 ? ":" + line : "") + ": " + (column == null ? "" : "column '" + column + "': ") + problem);
        this.source = source;
        this.line = line;
        this.column = column;
    }

    public String source() { return source; }

    /** The 1-based line in the file, 0 when the problem is not on one line. */
    public long line() { return line; }

    /** The column's header name, null when the problem is not in one column. */
    public String column() { return column; }
}
