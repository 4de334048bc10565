package org.wellbeing.service;

import org.wellbeing.engine.Evaluation;
import org.wellbeing.model.Trend;
import org.wellbeing.model.TrendFlag;

/**
 * An indicator's trend up to a period, as the trend rules labelled it, and its worsening flag if one was
 * raised, each with the rule that decided it.
 *
 * @param label    Fingertips' words for 5+ points, the town's for 2 to 4, "Cannot be calculated" otherwise
 * @param method   REGRESSION, ARMITAGE, SHORT_SERIES, SUPPLIED or NONE
 * @param ruleFile {@code file:line} of the rule that labelled it
 * @param flag     null when no worsening flag was raised
 * @param quality  why no flag may be raised on it (it rests on a doubtful value, rules/quality/), "" otherwise
 */
public record TrendView(String label, String method, int points, boolean worsening, boolean significant,
                        String reason, String rule, String ruleFile, Flag flag, String quality) {

    /** A worsening flag: HIGH, MEDIUM or LOW, and why. */
    public record Flag(String severity, String reason, String rule, String ruleFile) {}

    static TrendView of(Trend t, TrendFlag f, Evaluation e) {
        return of(t, f, e, "");
    }

    static TrendView of(Trend t, TrendFlag f, Evaluation e, String quality) {
        return new TrendView(t.label(), t.method(), t.points(), t.worsening(), t.significant(), t.reason().text(),
                e.ruleFor(t), location(t, e),
                f == null ? null : new Flag(f.severity().name(), f.reason().text(), e.ruleFor(f), location(f, e)), quality);
    }

    private static String location(Object fact, Evaluation e) {
        return e.firingFor(fact).map(x -> x.file() + ":" + x.line()).orElse("");
    }
}
