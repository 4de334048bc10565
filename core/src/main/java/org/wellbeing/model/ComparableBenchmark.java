package org.wellbeing.model;

/**
 * An England, region or named-neighbour value that an observation can be compared with: the indicator is
 * compared, the area has a value, the benchmark has one, and it is not a neighbours rank (ranks are rated by
 * rank). Derived once per observation and benchmark (rules/compare/comparable.drl) so that the method rules
 * match this one fact instead of repeating the same guard over three facts.
 */
public record ComparableBenchmark(Indicator indicator, Observation observation, Benchmark benchmark) {

    public String observationKey() {
        return observation.key();
    }
}
