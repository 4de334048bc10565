package org.wellbeing.io.fingertips;

/**
 * One data row of a Fingertips "all data" CSV, as written, with text stripped of surrounding white
 * space ("" where empty or where the file has no such column) and numbers parsed (null where empty).
 *
 * @param file the file's name
 * @param line the line of the file the row starts on (header = line 1)
 * @param comparedToEngland the official "Compared to England value or percentiles" label
 * @param comparedToRegion  the official "Compared to Region value or percentiles" label; "" in the
 *                          27-column layout, whose "Column not used" is not read
 */
public record FingertipsRow(
        String file,
        int line,
        String indicatorId,
        String indicatorName,
        String parentCode,
        String parentName,
        String areaCode,
        String areaName,
        String areaType,
        String sex,
        String age,
        String categoryType,
        String category,
        String timePeriod,
        Integer timePeriodSortable,
        String timePeriodRange,
        Double value,
        Double lower95,
        Double upper95,
        Double lower998,
        Double upper998,
        Double count,
        Double denominator,
        String valueNote,
        String recentTrend,
        String comparedToEngland,
        String comparedToRegion,
        String comparedToGoal,
        String newData) {

    public static final String ENGLAND = "E92000001";

    public boolean isEngland() { return ENGLAND.equals(areaCode); }

    /** Whether the row is one category of a breakdown (deprivation decile, ethnic group, ...). */
    public boolean hasCategory() { return !categoryType.isEmpty() || !category.isEmpty(); }

    /** "sex|age|category type|category", stable text that tells the series of one indicator and area apart. */
    public String breakdown() { return breakdownOf(sex, age, categoryType, category); }

    public static String breakdownOf(String sex, String age, String categoryType, String category) {
        return sex + "|" + age + "|" + categoryType + "|" + category;
    }

    /** Where the row came from: "file.csv:12" (file and line). */
    public String origin() { return file + ":" + line; }
}
