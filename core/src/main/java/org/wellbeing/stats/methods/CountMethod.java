package org.wellbeing.stats.methods;

/** Which limits a count of events gets. */
public enum CountMethod {
    /** Exact Poisson limits at every count. */
    EXACT("exact Poisson"),
    /** Byar's approximation at every count. */
    BYARS("Byar's"),
    /** Exact below {@link #EXACT_BELOW} events, Byar's from there: what Fingertips and the reference use for rates. */
    EXACT_BELOW_10_BYARS_FROM_10("exact Poisson below 10 events, Byar's from 10");

    /** Below this many events the exact limits are used (the reference's switch). */
    public static final double EXACT_BELOW = 10;

    private final String label;

    CountMethod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The single method used for a count of x. */
    public CountMethod forCount(double x) {
        if (this != EXACT_BELOW_10_BYARS_FROM_10) return this;
        return x < EXACT_BELOW ? EXACT : BYARS;
    }
}
