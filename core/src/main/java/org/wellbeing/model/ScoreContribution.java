package org.wellbeing.model;

/**
 * Priority points one rating or worsening flag gives an observation.
 *
 * @param weight the name of the threshold the points come from, e.g. "priority.weight.red.england"
 * @param reason one plain-English sentence saying why, e.g. "RED against England"
 */
public record ScoreContribution(String observationKey, String indicatorId, String period, double points,
                                String weight, String reason) {}
