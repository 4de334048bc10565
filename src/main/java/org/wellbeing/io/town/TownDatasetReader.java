package org.wellbeing.io.town;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.wellbeing.engine.Facts;
import org.wellbeing.io.CatalogueReader;
import org.wellbeing.model.Indicator;

/**
 * Reads a town data directory: {@code area.properties} (code, name, region name),
 * {@code indicators.csv} (the catalogue) and {@code observations.csv}.
 */
public final class TownDatasetReader {
    private TownDatasetReader() {}

    public static TownDataset read(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IOException("data directory not found: " + dir);
        }
        TownArea area = area(dir.resolve("area.properties"));
        List<Indicator> indicators = CatalogueReader.read(dir.resolve("indicators.csv"));
        Set<String> ids = indicators.stream().map(Indicator::id).collect(Collectors.toSet());
        TownObservationsReader.Result observed =
                TownObservationsReader.read(dir.resolve("observations.csv"), area, ids);
        return new TownDataset(dir.toString(), area, indicators,
                new Facts(indicators, observed.observations(), observed.benchmarks()));
    }

    private static TownArea area(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        }
        for (String key : List.of("area.code", "area.name", "region.name")) {
            if (p.getProperty(key, "").isBlank()) {
                throw new IOException(file + ": missing property '" + key + "'");
            }
        }
        return new TownArea(p.getProperty("area.code").strip(), p.getProperty("area.name").strip(),
                p.getProperty("region.name").strip());
    }
}
