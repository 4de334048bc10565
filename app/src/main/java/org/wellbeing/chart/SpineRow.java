package org.wellbeing.chart;

import org.wellbeing.model.Polarity;

/**
 * One line of a spine chart: an area's value of an indicator in its latest period, placed within the values of
 * every area of the same level in the evaluation.
 *
 * @param areas   how many areas' values make the range and the percentiles
 * @param outcome the area's rating against England (GREEN, AMBER, RED, HIGHER, SIMILAR, LOWER, NOT_COMPARED),
 *                null when it has none
 */
public record SpineRow(String indicatorId, String name, String unit, String breakdown, String timePeriod,
                       Polarity polarity, Double value, Double england, double min, double q25, double q75,
                       double max, int areas, String outcome) {}
