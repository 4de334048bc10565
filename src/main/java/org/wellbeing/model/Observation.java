package org.wellbeing.model;

/**
 * One value of one indicator for one area, period and breakdown. Any number may be missing (null).
 *
 * @param period     the reporting period the value is reported in (the town's "2022/23" block,
 *                   or a Fingertips time period)
 * @param timePeriod the period the value measures ("2018-20"); equal to period where the source has one only
 * @param breakdown  what else tells series apart (sex, age, category), "" for the whole population
 * @param note       a data-quality note kept from the source, "" when none
 */
public record Observation(
        String indicatorId,
        String areaCode,
        String areaName,
        String period,
        String timePeriod,
        String breakdown,
        Double value,
        Double lower95,
        Double upper95,
        Double lower998,
        Double upper998,
        Double count,
        Double denominator,
        String note) {

    /** The key that benchmarks, ratings and flags use to point at this observation. */
    public String key() { return keyOf(indicatorId, areaCode, period, breakdown); }

    public static String keyOf(String indicatorId, String areaCode, String period, String breakdown) {
        return indicatorId + "|" + areaCode + "|" + period + "|" + breakdown;
    }

    public boolean hasCi95() { return lower95 != null && upper95 != null; }
    public boolean hasCi998() { return lower998 != null && upper998 != null; }
}
