package org.wellbeing.io.fingertips;

/**
 * The results Fingertips itself published on one row, kept beside the observation made from it:
 * for the parity check of the comparison rules and to show a supplied trend label with its source.
 * Each is the text as written, "" where the file gives none.
 *
 * @param origin            "file.csv:12" (file and line), where the labels were read
 * @param comparedToEngland Better / Similar / Worse, Higher / Similar / Lower or Not compared
 * @param comparedToRegion  the same against the region; "" in the 27-column layout
 * @param recentTrend       e.g. "Increasing and getting worse", "Cannot be calculated"
 * @param comparedToGoal    the goal comparison where the indicator has one
 */
public record OfficialLabels(
        String observationKey,
        String origin,
        String comparedToEngland,
        String comparedToRegion,
        String recentTrend,
        String comparedToGoal) {

    public static OfficialLabels of(String observationKey, FingertipsRow row) {
        return new OfficialLabels(observationKey, row.origin(), row.comparedToEngland(), row.comparedToRegion(),
                row.recentTrend(), row.comparedToGoal());
    }
}
