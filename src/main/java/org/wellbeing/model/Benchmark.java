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
}
