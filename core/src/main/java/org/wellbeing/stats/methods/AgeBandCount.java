package org.wellbeing.stats.methods;

import java.util.List;

/**
 * Events and population in one age band of one area.
 *
 * @param ageBand     the label, e.g. "0-4" or "90+"; matched to a standard by its first age
 * @param count       events; null where none were recorded (counts as 0)
 * @param population  the band's population; above 0
 * @param frequencies for events that can repeat for one person: element i is the number of people with
 *                    i + 1 events (people with 1 event, with 2, ...); empty where events are independent
 */
public record AgeBandCount(String ageBand, Double count, Double population, List<Double> frequencies) {

    public AgeBandCount {
        frequencies = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(frequencies));
    }

    public AgeBandCount(String ageBand, Double count, Double population) {
        this(ageBand, count, population, List.of());
    }

    /** Events: the count, or where frequencies are given, the sum of each frequency times its number of events. */
    public double events() {
        if (frequencies.isEmpty()) return count == null ? 0 : count;
        double events = 0;
        for (int i = 0; i < frequencies.size(); i++) {
            Double people = frequencies.get(i);
            events += (i + 1) * (people == null ? 0 : people);
        }
        return events;
    }
}
