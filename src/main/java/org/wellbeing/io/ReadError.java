package org.wellbeing.io;

/**
 * One problem found while reading a CSV file.
 *
 * @param file    the file's name as given to the reader (usually without its directory)
 * @param row     the 1-based data row: the first row after the header is row 1, the header is not
 *                counted and a quoted field that spans lines still counts as one row; 0 for a problem
 *                with the file as a whole (missing columns, unreadable CSV before the first row)
 * @param column  the column's name as written in the file's header, null when the problem is not
 *                about one column
 * @param message what is wrong, in plain words, quoting the offending text
 */
public record ReadError(String file, int row, String column, String message) {

    /** {@code file.csv:row 12: column 'Value': not a number: 'abc'}; parts that do not apply are left out. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(file);
        if (row > 0) s.append(":row ").append(row);
        s.append(": ");
        if (column != null) s.append("column '").append(column).append("': ");
        return s.append(message).toString();
    }
}
