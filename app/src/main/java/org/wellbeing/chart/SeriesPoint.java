package org.wellbeing.chart;

/**
 * One period of an indicator's series for one area.
 *
 * @param englandOutcome the rating against England in that period, null when there is none
 */
public record SeriesPoint(String period, String timePeriod, Double value, Double lower95, Double upper95,
                          Double england, Double region, String englandOutcome) {

    public boolean hasCi() { return lower95 != null && upper95 != null; }
}
