package org.wellbeing.io.counts;

import java.util.List;
import org.wellbeing.stats.methods.AgeBandCount;

/** The age bands of one area, indicator and period, as read; {@code firstRow} is the data row of its first band. */
public record AgeBandedCounts(String areaCode, String indicatorId, String period, List<AgeBandCount> bands, int firstRow) {

    public AgeBandedCounts {
        bands = List.copyOf(bands);
    }

    public String key() {
        return areaCode + "|" + indicatorId + "|" + period;
    }
}
