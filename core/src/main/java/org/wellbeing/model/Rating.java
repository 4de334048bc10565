package org.wellbeing.model;

/**
 * The outcome of comparing one observation with one comparator.
 *
 * @param value     the area's value compared (null when missing)
 * @param benchmark the benchmark value, goal cut point or rank used (null when none)
 * @param reason    one plain-English sentence saying why, written out when read
 */
public record Rating(
        String observationKey,
        String indicatorId,
        String areaCode,
        String period,
        Comparator comparator,
        Outcome outcome,
        Method method,
        Double value,
        Double benchmark,
        Reason reason) {

    public static Rating of(Observation o, Comparator comparator, Outcome outcome, Method method,
                            Double benchmark, Reason reason) {
        return new Rating(o.key(), o.indicatorId(), o.areaCode(), o.period(), comparator, outcome, method,
                o.value(), benchmark, reason);
    }

    /** For rule files stored before reasons were kept as sentence and values: they still compile and replay. */
    public Rating(String observationKey, String indicatorId, String areaCode, String period, Comparator comparator,
                  Outcome outcome, Method method, Double value, Double benchmark, String reason) {
        this(observationKey, indicatorId, areaCode, period, comparator, outcome, method, value, benchmark,
                Reason.of(reason));
    }

    /** For rule files stored before reasons were kept as sentence and values. */
    public static Rating of(Observation o, Comparator comparator, Outcome outcome, Method method,
                            Double benchmark, String reason) {
        return of(o, comparator, outcome, method, benchmark, Reason.of(reason));
    }
}
