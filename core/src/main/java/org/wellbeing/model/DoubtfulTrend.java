package org.wellbeing.model;

/**
 * A trend that rests on a doubtful value, either the observation's own or the earlier one it is compared
 * with: rules/quality/doubtful-data.drl derives it, and the worsening-flag rules raise no flag on it.
 *
 * @param reason "doubtful data: ..." naming the point and its flag
 */
public record DoubtfulTrend(String observationKey, String indicatorId, String period, String reason) {}
