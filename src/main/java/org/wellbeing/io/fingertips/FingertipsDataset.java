package org.wellbeing.io.fingertips;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.wellbeing.engine.Facts;
import org.wellbeing.io.CatalogueReader;
import org.wellbeing.io.counts.LimitsFromCounts;
import org.wellbeing.model.Indicator;
import org.wellbeing.model.SuppliedTrend;

/**
 * A Fingertips download made ready to evaluate: its facts with the catalogue, each row's supplied
 * "Recent Trend" as a {@link SuppliedTrend}, its official labels, and the rows skipped as bad.
 */
public record FingertipsDataset(Facts facts, FingertipsFacts converted, FingertipsReadResult read) {

    /** Reads one file; with {@link ErrorMode#REFUSE_FILE} a file with any error throws, listing the errors. */
    public static FingertipsDataset read(Path file, Path catalogue, ErrorMode mode) throws IOException {
        return of(new FingertipsCsvReader(mode).read(file), CatalogueReader.read(catalogue));
    }

    /** The facts of rows already read, judged by the given catalogue. */
    public static FingertipsDataset of(FingertipsReadResult result, List<Indicator> indicators) {
        FingertipsFacts converted = FingertipsConverter.convert(result.rowsOrThrow());
        List<Object> supplied = new ArrayList<>();
        for (OfficialLabels labels : converted.labels().values()) {
            if (!labels.recentTrend().isBlank()) {
                supplied.add(new SuppliedTrend(labels.observationKey(), labels.recentTrend(),
                        "Fingertips Recent Trend, " + labels.origin()));
            }
        }
        Facts facts = new Facts(indicators, LimitsFromCounts.complete(indicators, converted.observations()),
                converted.benchmarks(), supplied);
        return new FingertipsDataset(facts, converted, result);
    }
}
