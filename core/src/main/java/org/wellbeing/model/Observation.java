package org.wellbeing.model;

/**
 * One value of one indicator for one area, period and breakdown. Any number may be missing (null).
 *
 * @param period     the reporting period the value is reported in (the town's "2022/23" block,
 *                   or a Fingertips time period)
 * @param timePeriod the period the value measures ("2018-20"); equal to period where the source has one only
 * @param breakdown  what else tells series apart (sex, age, category), "" for the whole population
 * @param note       a data-quality note kept from the source, "" when none
 * @param key        the key that benchmarks, ratings and flags use to point at this observation, always
 *                   {@link #keyOf} of the other components (a given value is ignored): it is made once here
 *                   because the rules join on it for every benchmark, rating and trend
 * @param limitsFrom "" where the limits (if any) are the source's; otherwise how they were computed and from
 *                   what, e.g. "computed by Wilson score (95%, 99.8%) from count 12 of denominator 240, x100"
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
        String note,
        String key,
        String limitsFrom) {

    public Observation {
        key = keyOf(indicatorId, areaCode, period, breakdown);
        limitsFrom = limitsFrom == null ? "" : limitsFrom;
    }

    public Observation(String indicatorId, String areaCode, String areaName, String period, String timePeriod,
                       String breakdown, Double value, Double lower95, Double upper95, Double lower998,
                       Double upper998, Double count, Double denominator, String note, String key) {
        this(indicatorId, areaCode, areaName, period, timePeriod, breakdown, value, lower95, upper95, lower998,
                upper998, count, denominator, note, key, "");
    }

    public Observation(String indicatorId, String areaCode, String areaName, String period, String timePeriod,
                       String breakdown, Double value, Double lower95, Double upper95, Double lower998,
                       Double upper998, Double count, Double denominator, String note) {
        this(indicatorId, areaCode, areaName, period, timePeriod, breakdown, value, lower95, upper95, lower998,
                upper998, count, denominator, note, null, "");
    }

    /** This observation with a value and limits computed from its counts, and a line saying how. */
    public Observation withComputedLimits(Double value, Double lower95, Double upper95, Double lower998, Double upper998,
                                          String how) {
        return new Observation(indicatorId, areaCode, areaName, period, timePeriod, breakdown, value, lower95, upper95,
                lower998, upper998, count, denominator, note, key, how);
    }

    public boolean limitsComputed() { return !limitsFrom.isEmpty(); }

    public static String keyOf(String indicatorId, String areaCode, String period, String breakdown) {
        return indicatorId + "|" + areaCode + "|" + period + "|" + breakdown;
    }

    /** As before the key and limitsFrom were components (limitsFrom shown only when set): the input digest is made from this text, so it must not change. */
    @Override
    public String toString() {
        return "Observation[indicatorId=" + indicatorId + ", areaCode=" + areaCode + ", areaName=" + areaName
                + ", period=" + period + ", timePeriod=" + timePeriod + ", breakdown=" + breakdown + ", value=" + value
                + ", lower95=" + lower95 + ", upper95=" + upper95 + ", lower998=" + lower998 + ", upper998=" + upper998
                + ", count=" + count + ", denominator=" + denominator + ", note=" + note
                + (limitsFrom.isEmpty() ? "" : ", limitsFrom=" + limitsFrom) + "]";
    }

    public boolean hasCi95() { return lower95 != null && upper95 != null; }
    public boolean hasCi998() { return lower998 != null && upper998 != null; }
}
