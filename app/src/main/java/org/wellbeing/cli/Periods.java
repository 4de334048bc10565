package org.wellbeing.cli;

import java.util.List;

/** Picks the reporting period a command works on. */
final class Periods {
    private Periods() {}

    /** The requested period, or the latest one when none is given; an unknown period is refused with the choices. */
    static String choose(String requested, List<String> available) {
        if (available.isEmpty()) {
            throw new IllegalArgumentException("the data has no observations");
        }
        if (requested == null) {
            return available.get(available.size() - 1);
        }
        if (!available.contains(requested)) {
            throw new IllegalArgumentException("no data for period '" + requested + "'; periods in the data: "
                    + String.join(", ", available));
        }
        return requested;
    }
}
