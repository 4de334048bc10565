package org.wellbeing.model;

/** A worsening flag raised on an indicator for a period, with its severity and why. */
public record TrendFlag(String observationKey, String indicatorId, String areaCode, String period,
                        Severity severity, Reason reason) {

    /** For rule files stored before reasons were kept as sentence and values: they still compile and replay. */
    public TrendFlag(String observationKey, String indicatorId, String areaCode, String period, Severity severity,
                     String reason) {
        this(observationKey, indicatorId, areaCode, period, severity, Reason.of(reason));
    }
}
