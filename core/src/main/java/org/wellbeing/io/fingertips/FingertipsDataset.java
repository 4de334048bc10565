package org.wellbeing.io.fingertips;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.wellbeing.model.Facts;
import org.wellbeing.io.CatalogueReader;
import org.wellbeing.io.counts.LimitsFromCounts;
import org.wellbeing.model.Indicator;
import org.wellbeing.io.ValueChecks;
import org.wellbeing.model.Observation;
import org.wellbeing.model.QualityFlag;
import org.wellbeing.model.SuppliedTrend;

/**
 * A Fingertips download made ready to evaluate: its facts with the catalogue, each row's supplied
 * "Recent Trend" as a {@link SuppliedTrend}, its official labels, and the rows skipped as bad.
 * Official data is kept as published: a value note becomes a {@link QualityFlag} ("official-value-note"),
 * and a number the town's readers would refuse ({@link ValueChecks}, e.g. a value outside its own CI) a
 * flag "official-oddity" and a warning, "file.csv:row 12: value: ... (kept as published)".
 */
public record FingertipsDataset(Facts facts, FingertipsFacts converted, FingertipsReadResult read, List<String> warnings) {

    /** Code of the flag a Fingertips value note gives its row. */
    public static final String VALUE_NOTE = QualityFlag.OFFICIAL_VALUE_NOTE;

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
        List<String> warnings = new ArrayList<>();
        supplied.addAll(qualityFlags(converted, indicators, warnings));
        Facts facts = new Facts(indicators, LimitsFromCounts.complete(indicators, converted.observations()),
                converted.benchmarks(), supplied);
        return new FingertipsDataset(facts, converted, result, List.copyOf(warnings));
    }

    private static List<QualityFlag> qualityFlags(FingertipsFacts converted, List<Indicator> indicators, List<String> warnings) {
        Map<String, Indicator> catalogue = new HashMap<>();
        indicators.forEach(i -> catalogue.put(i.id(), i));
        List<QualityFlag> flags = new ArrayList<>();
        for (Observation o : converted.observations()) {
            if (!o.note().isBlank()) {
                flags.add(QualityFlag.ofData(o, VALUE_NOTE, o.note()));
            }
            ValueChecks.Numbers numbers = new ValueChecks.Numbers().put("value", o.value())
                    .put("lower95", o.lower95()).put("upper95", o.upper95()).put("lower998", o.lower998())
                    .put("upper998", o.upper998()).put("count", o.count()).put("denominator", o.denominator());
            String origin = converted.labels(o.key()).map(OfficialLabels::origin).orElse(o.key());
            for (ValueChecks.Problem p : ValueChecks.check(catalogue.get(o.indicatorId()), numbers, f -> f)) {
                flags.add(QualityFlag.ofData(o, QualityFlag.OFFICIAL_ODDITY, p.field() + ": " + p.message()));
                warnings.add(origin + ": " + p.field() + ": " + p.message() + " (kept as published)");
            }
        }
        return flags;
    }
}
