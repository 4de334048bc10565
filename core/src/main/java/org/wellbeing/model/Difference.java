package org.wellbeing.model;

/**
 * The first step of a comparison: is the area higher than, similar to or lower than the benchmark,
 * and by which method was that decided. Polarity rules turn it into a {@link Rating}.
 *
 * @param basis plain-English statement of the test, e.g. "England 79.4 lies above the 95% CI 77.9 to 78.3"
 */
public record Difference(
        String observationKey,
        Comparator comparator,
        Direction direction,
        Method method,
        Double benchmark,
        Reason basis) {

    /** For rule files stored before reasons were kept as sentence and values: they still compile and replay. */
    public Difference(String observationKey, Comparator comparator, Direction direction, Method method,
                      Double benchmark, String basis) {
        this(observationKey, comparator, direction, method, benchmark, Reason.of(basis));
    }
}
