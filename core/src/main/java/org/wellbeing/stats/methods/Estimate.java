package org.wellbeing.stats.methods;

import java.util.List;
import java.util.Optional;

/**
 * A value with its confidence limits, or the reason it was not calculated.
 *
 * @param value        null when not calculated
 * @param limits       one entry per requested confidence level, in the order requested
 * @param method       how the limits were made, e.g. "Wilson score", "exact Poisson", "Byar's", "Dobson"
 * @param notCalculated null when calculated; otherwise why not, e.g. "fewer than 10 events in total (9)"
 */
public record Estimate(Double value, List<Limits> limits, String method, String notCalculated) {

    public Estimate {
        limits = List.copyOf(limits);
    }

    static Estimate notCalculated(String method, List<ConfidenceLevel> levels, String reason) {
        return new Estimate(null, levels.stream().map(l -> new Limits(l, null, null)).toList(), method, reason);
    }

    public boolean calculated() {
        return notCalculated == null;
    }

    /** The limits at a level, if that level was requested. */
    public Optional<Limits> at(ConfidenceLevel level) {
        return limits.stream().filter(l -> l.level().equals(level)).findFirst();
    }

    public Double lower(ConfidenceLevel level) {
        return at(level).map(Limits::lower).orElse(null);
    }

    public Double upper(ConfidenceLevel level) {
        return at(level).map(Limits::upper).orElse(null);
    }
}
