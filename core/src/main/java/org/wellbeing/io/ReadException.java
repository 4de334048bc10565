package org.wellbeing.io;

import java.util.List;

/** A file was refused; carries every error found, the message lists at most {@link #LISTED} of them. */
public class ReadException extends RuntimeException {

    /** How many errors a message lists before "and N more". */
    public static final int LISTED = 50;

    private final transient List<ReadError> errors;

    public ReadException(String file, List<ReadError> errors) {
        super(summary(file, errors));
        this.errors = List.copyOf(errors);
    }

    public List<ReadError> errors() { return errors; }

    /** "file: N error(s)" followed by one line per error, at most {@link #LISTED}, then "and N more". */
    public static String summary(String file, List<ReadError> errors) {
        StringBuilder s = new StringBuilder(file).append(": ").append(errors.size())
                .append(errors.size() == 1 ? " error" : " errors");
        errors.stream().limit(LISTED).forEach(e -> s.append(System.lineSeparator()).append("  ").append(e));
        if (errors.size() > LISTED) {
            s.append(System.lineSeparator()).append("  and ").append(errors.size() - LISTED).append(" more");
        }
        return s.toString();
    }
}
