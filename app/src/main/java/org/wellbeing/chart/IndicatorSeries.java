package org.wellbeing.chart;

import java.util.List;

/**
 * An indicator's values for one area over every period of an evaluation, with England's and the region's.
 *
 * @param breakdown "" for the whole population, else sex, age and category in words ("Persons, 5-16 yrs")
 */
public record IndicatorSeries(String indicatorId, String name, String unit, String breakdown, String areaCode,
                              String areaName, List<SeriesPoint> points) {

    public IndicatorSeries {
        points = List.copyOf(points);
    }

    /** Whether any period has a value: a series without one draws nothing. */
    public boolean hasValues() {
        return points.stream().anyMatch(p -> p.value() != null);
    }
}
