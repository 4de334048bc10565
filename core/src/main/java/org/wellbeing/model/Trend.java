package org.wellbeing.model;

/**
 * An indicator's trend for an area up to a reporting period, as the rules labelled it.
 *
 * @param label     Fingertips' words for 5-point trends ("Increasing and getting worse", "No significant
 *                  change", "Cannot be calculated", ...) or the town's for 2 to 4 points
 *                  ("Significantly improving", "Improving", "Comparable", "Worsening", "Significantly worse")
 * @param worsening   true when the change is in the indicator's bad direction
 * @param significant true when the change passed a significance test (chi-squared, or CIs apart)
 * @param method    REGRESSION, ARMITAGE, SHORT_SERIES, SUPPLIED or NONE
 * @param points    how many points the label rests on
 * @param reason    plain-English statement of the test and thresholds
 */
public record Trend(String observationKey, String indicatorId, String areaCode, String period, String label,
                    boolean worsening, boolean significant, String method, int points, Reason reason) {

    /** For rule files stored before reasons were kept as sentence and values: they still compile and replay. */
    public Trend(String observationKey, String indicatorId, String areaCode, String period, String label,
                 boolean worsening, boolean significant, String method, int points, String reason) {
        this(observationKey, indicatorId, areaCode, period, label, worsening, significant, method, points,
                Reason.of(reason));
    }
}
