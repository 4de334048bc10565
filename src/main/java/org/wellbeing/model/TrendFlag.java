package org.wellbeing.model;

/** A worsening flag raised on an indicator for a period, with its severity and why. */
public record TrendFlag(String observationKey, String indicatorId, String areaCode, String period,
                        Severity severity, Reason reason) {}
