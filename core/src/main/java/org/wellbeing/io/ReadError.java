package org.wellbeing.io;

/**
 * One problem found while reading a CSV file.
 *
 * @param file    the file's name as given to the reader (usually without its directory)
 * @param line    the line of the file the row starts on, as an editor counts them: the header is line 1, the
 *                first data row line 2 (later, when a quoted field spans lines); 0 for a problem with the file
 *                as a whole (missing columns, unreadable CSV before the first row)
 * @param column  the column's name as written in the file's header, null when the problem is not
 *                about one column
 * @param message what is wrong, in plain words, quoting the offending text
 */
public record ReadError(String file, int line, String column, String message) {

    /** What a reader says when the CSV parser stops on {@code e}: text that is not UTF-8, or malformed CSV. */
    public static String unreadable(java.io.IOException e) {
        return e instanceof java.nio.charset.CharacterCodingException ? "not UTF-8 text (is it a CSV file?)"
                : "malformed CSV: " + e.getMessage();
    }

    /** {@code file.csv:12: column 'Value': not a number: 'abc'}; parts that do not apply are left out. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(file);
        if (line > 0) s.append(':').append(line);
        s.append(": ");
        if (column != null) s.append("column '").append(column).append("': ");
        return s.append(message).toString();
    }
}
