package org.wellbeing.stats.methods;

import java.util.List;

/** Checks shared by the methods; each names the quantity it refuses. */
final class Inputs {
    private Inputs() {}

    static void count(String what, double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) throw new StatisticsException(what + " must be a number, got " + x);
        if (x < 0) throw new StatisticsException(what + " must be 0 or more, got " + plain(x));
    }

    static void denominator(String what, double n) {
        if (Double.isNaN(n) || Double.isInfinite(n)) throw new StatisticsException(what + " must be a number, got " + n);
        if (n <= 0) throw new StatisticsException(what + " must be above 0, got " + plain(n));
    }

    static void multiplier(double m) {
        if (!(m > 0) || Double.isInfinite(m)) throw new StatisticsException("multiplier must be above 0, got " + plain(m));
    }

    static void levels(List<ConfidenceLevel> levels) {
        if (levels.isEmpty()) throw new StatisticsException("at least one confidence level is needed");
    }

    static String plain(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf((long) d) : String.valueOf(d);
    }
}
