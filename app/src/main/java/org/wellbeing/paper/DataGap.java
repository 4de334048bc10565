package org.wellbeing.paper;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.wellbeing.service.MatrixView;

/**
 * A comparison a board cannot rely on: no value for the period, a comparison not made (and why), or a value the
 * data-quality rules mark as doubtful.
 *
 * @param kind    {@code no data}, {@code not compared} or {@code doubtful}
 * @param quality the data-quality reason when the value is doubtful, "" otherwise
 * @param note    the source's own note on the row, "" when none
 */
public record DataGap(String boardName, String indicatorId, String indicatorName, String comparator, String kind,
                      String reason, String quality, String note) {

    static final String NO_DATA = "no data";
    static final String NOT_COMPARED = "not compared";
    static final String DOUBTFUL = "doubtful";
    /** How the data-quality rules begin the reason of a rating they withhold. */
    private static final String DOUBTFUL_PREFIX = "doubtful data";

    /** Every cell of a matrix that is not a rating: one line per indicator without a value, else per comparator. */
    static List<DataGap> of(MatrixView m) {
        List<DataGap> gaps = new ArrayList<>();
        for (MatrixView.Row row : m.rows()) {
            String note = row.note() == null ? "" : row.note();
            if (row.value() == null && row.cells().values().stream().allMatch(c -> c.outcome() == null)) {
                String reason = row.cells().values().stream().findFirst().map(MatrixView.Cell::reason)
                        .orElse("no observation for " + m.period());
                gaps.add(new DataGap(m.boardName(), row.indicatorId(), row.name(), "all", NO_DATA, reason, "", note));
                continue;
            }
            for (Map.Entry<String, MatrixView.Cell> e : row.cells().entrySet()) {
                MatrixView.Cell c = e.getValue();
                if (c.outcome() == null) {
                    gaps.add(new DataGap(m.boardName(), row.indicatorId(), row.name(), e.getKey(), NO_DATA, c.reason(), "", note));
                } else if (c.outcome().equals("NOT_COMPARED")) {
                    boolean doubtful = c.reason() != null && c.reason().toLowerCase(Locale.ROOT).startsWith(DOUBTFUL_PREFIX);
                    gaps.add(new DataGap(m.boardName(), row.indicatorId(), row.name(), e.getKey(),
                            doubtful ? DOUBTFUL : NOT_COMPARED, c.reason(), doubtful ? qualityReason(c.reason()) : "", note));
                }
            }
        }
        return gaps;
    }

    private static String qualityReason(String reason) {
        int colon = reason.indexOf(':');
        return colon < 0 ? reason : reason.substring(colon + 1).strip();
    }
}
