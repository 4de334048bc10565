package org.wellbeing.model;

import java.util.List;
import java.util.Locale;

/**
 * How an indicator's confidence limits are computed from a count and a denominator: the catalogue's
 * {@code ci_method} column. Fingertips configures the method per indicator (and has changed it over
 * time), so it is a setting, never guessed from the value type. The statistics themselves are in
 * {@code org.wellbeing.stats.methods.FromCounts}.
 */
public enum CiMethod {
    /** Proportions: Wilson score limits. */
    WILSON("Wilson score"),
    /** Rates: exact Poisson limits below 10 events, Byar's from 10 (the reference's rate method). */
    POISSON("exact Poisson below 10 events, Byar's from 10"),
    /** Rates: exact Poisson limits at every count. */
    EXACT_POISSON("exact Poisson"),
    /** Rates: Byar's limits at every count. */
    BYARS("Byar's"),
    /** Directly standardised rates: Dobson limits; needs counts by age band, not one count and denominator. */
    DOBSON("Dobson (directly standardised, from age-banded counts)");

    private final String label;

    CiMethod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The catalogue spelling, case ignored; "exact-poisson" and "exact_poisson" both work. */
    public static CiMethod parse(String text) {
        String t = text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (CiMethod m : values()) {
            if (m.name().equals(t)) return m;
        }
        throw new IllegalArgumentException("unknown ci_method '" + text + "': use one of " + List.of(values()));
    }

    /** Whether the method works from one count and one denominator. */
    public boolean fromCountAndDenominator() {
        return this != DOBSON;
    }

}
