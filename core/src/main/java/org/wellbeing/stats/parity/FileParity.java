package org.wellbeing.stats.parity;

import java.util.ArrayList;
import java.util.List;

/**
 * Expected against computed for one reference file. A value agrees when both are missing ("not
 * calculated") or the relative difference is at most {@link #RELATIVE_TOLERANCE} (SOURCES.md's rule).
 */
public final class FileParity {
    public static final double RELATIVE_TOLERANCE = 1e-6;

    /** One expected value the method did not reproduce. */
    public record Miss(String where, String expected, String got) {
        @Override
        public String toString() {
            return where + ": expected " + expected + ", got " + got;
        }
    }

    private final String file;
    private int matched;
    private int compared;
    private final List<Miss> misses = new ArrayList<>();

    FileParity(String file) {
        this.file = file;
    }

    void check(String where, Double expected, Double got) {
        compared++;
        if (agree(expected, got)) {
            matched++;
        } else {
            misses.add(new Miss(where, text(expected), text(got)));
        }
    }

    void check(String where, Integer expected, Integer got) {
        check(where, expected == null ? null : expected.doubleValue(), got == null ? null : got.doubleValue());
    }

    /** A value that could not be computed at all (the method refused the input): a miss with the reason. */
    void failed(String where, Double expected, String reason) {
        compared++;
        misses.add(new Miss(where, text(expected), "error: " + reason));
    }

    static boolean agree(Double expected, Double got) {
        if (expected == null || got == null) return expected == null && got == null;
        if (expected.equals(got)) return true;
        return Math.abs(got - expected) <= RELATIVE_TOLERANCE * Math.abs(expected);
    }

    private static String text(Double d) {
        return d == null ? "not calculated" : String.valueOf(d);
    }

    public String file() { return file; }
    public int matched() { return matched; }
    public int compared() { return compared; }
    public List<Miss> misses() { return List.copyOf(misses); }
}
