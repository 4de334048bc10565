package org.wellbeing.paper;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The formats a board paper is written in, with the content type and file extension of each. */
public enum PaperFormat {
    xlsx("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    pdf("application/pdf"),
    html("text/html; charset=utf-8");

    private final String contentType;

    PaperFormat(String contentType) {
        this.contentType = contentType;
    }

    public String contentType() { return contentType; }

    /** The format named, or IllegalArgumentException naming the ones there are. */
    public static PaperFormat parse(String name) {
        try {
            return valueOf(name.strip().toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("unknown format '" + name + "': use "
                    + Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", ")));
        }
    }
}
