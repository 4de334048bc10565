package org.wellbeing.io.fingertips.next;

/** What tells one series of the FingertipsNext extract from another. Category columns are "" for the whole population. */
public record SeriesKey(String indicatorId, String areaCode, String sexId, String ageId,
                        String categoryType, String category) {

    @Override
    public String toString() {
        String s = indicatorId + " " + areaCode + " sex " + sexId + " age " + ageId;
        return category.isEmpty() && categoryType.isEmpty() ? s : s + " " + category + " [" + categoryType + "]";
    }
}
