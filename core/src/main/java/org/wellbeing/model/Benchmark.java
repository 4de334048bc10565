package org.wellbeing.model;

/**
 * What one observation is compared with: England, the region or the nearest neighbours.
 * One is given for each of those comparators, with null values where the source has none,
 * so that the rules can say "not compared: no England value".
 *
 * @param observationKey the {@link Observation#key()} of the observation being compared
 * @param value          the benchmark value, null when missing
 * @param rank           for NEIGHBOURS: the area's rank, 1 the best; null when not given
 * @param rankOf         for NEIGHBOURS: how many areas were ranked
 * @param source         where the value comes from (area code, "nearest neighbours", a named neighbour)
 */
public record Benchmark(
        String observationKey,
        Comparator comparator,
        Double value,
        Integer rank,
        Integer rankOf,
        String source) {

    public boolean hasRank() { return rank != null && rankOf != null; }

    /**
     * The record's own text, written out: Java 17 makes a record's text with String.format, and the input
     * digest takes the text of every benchmark (four per observation), so this is the same text made faster.
     */
    @Override
    public String toString() {
        return "Benchmark[observationKey=" + observationKey + ", comparator=" + comparator + ", value=" + value
                + ", rank=" + rank + ", rankOf=" + rankOf + ", source=" + source + "]";
    }
}
