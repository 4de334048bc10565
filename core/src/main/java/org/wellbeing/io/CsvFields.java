package org.wellbeing.io;

import java.util.List;

/**
 * Turns CSV text into typed values, adding a {@link ReadError} to a list instead of throwing,
 * so that a reader can report every bad cell of a file at once.
 */
public final class CsvFields {

    private final String file;
    private final int line;
    private final List<ReadError> errors;

    /** Values of the row that starts on {@code line} of {@code file} (header = line 1). */
    public CsvFields(String file, int line, List<ReadError> errors) {
        this.file = file;
        this.line = line;
        this.errors = errors;
    }

    /** The number in {@code text}, null when blank; a bad number is reported and read as null. */
    public Double number(String column, String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) return null;
        try {
            double d = Double.parseDouble(t);
            if (Double.isFinite(d)) return d;
        } catch (NumberFormatException e) {
            // reported below
        }
        error(column, "not a number: '" + t + "'");
        return null;
    }

    /** The whole number in {@code text}, null when blank; anything else is reported and read as null. */
    public Integer wholeNumber(String column, String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) return null;
        try {
            return Integer.valueOf(t);
        } catch (NumberFormatException e) {
            error(column, "not a whole number: '" + t + "'");
            return null;
        }
    }

    /** The text stripped of surrounding white space; blank is reported as missing when required. */
    public String text(String column, String text, boolean required) {
        String t = text == null ? "" : text.strip();
        if (required && t.isEmpty()) error(column, "missing value");
        return t;
    }

    /** The constant of {@code type} named by {@code text} (case-insensitive), null when blank or unknown. */
    public <E extends Enum<E>> E constant(String column, String text, Class<E> type, boolean required) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            if (required) error(column, "missing value");
            return null;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(t)) return e;
        }
        StringBuilder names = new StringBuilder();
        for (E e : type.getEnumConstants()) names.append(names.length() == 0 ? "" : ", ").append(e.name());
        error(column, "not one of " + names + ": '" + t + "'");
        return null;
    }

    public void error(String column, String message) {
        errors.add(new ReadError(file, line, column, message));
    }
}
