package org.wellbeing.model;

import java.util.Locale;

/** What an area's value is compared with. */
public enum Comparator {
    ENGLAND, REGION, NEIGHBOURS, GOAL;

    /** The lower-case name used in CSV output and the API ("england", "region", ...). */
    public String label() { return name().toLowerCase(Locale.ROOT); }

    public static Comparator fromLabel(String label) {
        return valueOf(label.trim().toUpperCase(Locale.ROOT));
    }
}
