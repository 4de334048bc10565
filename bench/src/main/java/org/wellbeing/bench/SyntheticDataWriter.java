package org.wellbeing.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.wellbeing.io.CatalogueReader;
import org.wellbeing.io.out.Csv;
import org.wellbeing.io.town.TownObservationsReader;
import org.wellbeing.model.Benchmark;
import org.wellbeing.model.Comparator;
import org.wellbeing.model.Indicator;
import org.wellbeing.model.Observation;

/**
 * Writes a synthetic data set as town data directories, one per area ({@code DIR/E99000001/} ...), each
 * with {@code area.properties}, {@code indicators.csv} and {@code observations.csv} as the CLI reads them
 * ({@code report --data DIR/E99000001}). The town's layout has no columns for CIs, counts or denominators,
 * so what the CLI rates from these files is the tolerance-band comparison; the in-memory set keeps them.
 */
public final class SyntheticDataWriter {
    private SyntheticDataWriter() {}

    /** Writes every area's directory under {@code dir} and returns the directories written. */
    public static List<Path> write(SyntheticData.Dataset data, Path dir) throws IOException {
        Map<String, Map<Comparator, Benchmark>> benchmarks = new HashMap<>();
        for (Benchmark b : data.facts().benchmarks()) {
            benchmarks.computeIfAbsent(b.observationKey(), k -> new EnumMap<>(Comparator.class)).put(b.comparator(), b);
        }
        Map<String, List<Observation>> byArea = new HashMap<>();
        data.facts().observations().forEach(o -> byArea.computeIfAbsent(o.areaCode(), k -> new ArrayList<>()).add(o));
        String catalogue = catalogue(data.indicators());
        List<Path> written = new ArrayList<>();
        for (SyntheticData.Area area : data.areas()) {
            Path out = Files.createDirectories(dir.resolve(area.code()));
            Files.writeString(out.resolve("area.properties"), "# Synthetic data (org.wellbeing.bench.SyntheticData)\n"
                    + "area.code=" + area.code() + "\narea.name=" + area.name() + "\nregion.name=" + area.region() + "\n",
                    StandardCharsets.UTF_8);
            Files.writeString(out.resolve("indicators.csv"), catalogue, StandardCharsets.UTF_8);
            List<List<Object>> rows = new ArrayList<>();
            for (Observation o : byArea.getOrDefault(area.code(), List.of())) {
                Map<Comparator, Benchmark> b = benchmarks.getOrDefault(o.key(), Map.of());
                Benchmark england = b.get(Comparator.ENGLAND), region = b.get(Comparator.REGION),
                        neighbours = b.get(Comparator.NEIGHBOURS);
                rows.add(Arrays.asList(o.indicatorId(), o.period(), o.timePeriod(), o.value(),
                        england == null ? null : england.value(), region == null ? null : region.value(),
                        neighbours == null ? null : neighbours.rank(), neighbours == null ? null : neighbours.rankOf(),
                        neighbours == null ? null : neighbours.value(), "ok", "synthetic"));
            }
            Files.writeString(out.resolve("observations.csv"), Csv.write(TownObservationsReader.COLUMNS, rows),
                    StandardCharsets.UTF_8);
            written.add(out);
        }
        return written;
    }

    static String catalogue(List<Indicator> indicators) {
        List<List<Object>> rows = new ArrayList<>();
        for (Indicator i : indicators) {
            rows.add(Arrays.asList(i.id(), i.name(), i.unit(), i.valueType().name(), i.polarity().name(),
                    i.polaritySource(), String.join(CatalogueReader.BOARD_SEPARATOR, i.boards()),
                    i.comparisonMethod().name(), i.goalLower(), i.goalUpper(), i.source(), i.similarBandAbsolute()));
        }
        List<String> header = new ArrayList<>(CatalogueReader.COLUMNS);
        header.add(CatalogueReader.SIMILAR_BAND_ABSOLUTE);
        return Csv.write(header, rows);
    }
}
