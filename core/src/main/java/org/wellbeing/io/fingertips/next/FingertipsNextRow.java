package org.wellbeing.io.fingertips.next;

import org.wellbeing.stats.TrendPoint;

/**
 * One row of the FingertipsNext DataCreator extract (15 columns). Numbers are null where the file is empty.
 *
 * <p>The file's {@code CategoryType} and {@code Category} headers are swapped (DataCreator wrote
 * {@code Category = split[9]}, {@code CategoryType = split[10]}). Here they are put right: {@link #category()} is
 * read from the file's CategoryType column ("Least deprived decile (IMD2019)") and {@link #categoryType()} from its
 * Category column ("County &amp; UA deprivation deciles in England (...)").
 *
 * @param year  the first 4 digits of Fingertips' "Time period Sortable": 2019 for 2019 and for 2019/20
 * @param trend the official "Recent Trend" label, "" where the file has none (usually all rows but the latest)
 */
public record FingertipsNextRow(
        String indicatorId,
        int year,
        String ageId,
        String sexId,
        String areaCode,
        Double count,
        Double value,
        Double lower95,
        Double upper95,
        Double denominator,
        String trend,
        String sex,
        String age,
        String categoryType,
        String category) {

    /** The series this row belongs to. */
    public SeriesKey seriesKey() {
        return new SeriesKey(indicatorId, areaCode, sexId, ageId, categoryType, category);
    }

    /** As a single-year trend point (the file keeps no period length; its trend labels are for single years). */
    public TrendPoint toTrendPoint() {
        return new TrendPoint(year, 1, value, lower95, upper95, count, denominator);
    }

    public boolean hasTrend() { return !trend.isBlank(); }
}
