package org.wellbeing.io.town;

import org.wellbeing.model.Board;
import org.wellbeing.model.TownArea;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.wellbeing.model.Facts;
import org.wellbeing.io.CatalogueReader;
import org.wellbeing.io.counts.AgeBandedCountsReader;
import org.wellbeing.io.counts.LimitsFromCounts;
import org.wellbeing.model.Observation;
import org.wellbeing.model.Indicator;
import org.wellbeing.model.Workstream;
import org.wellbeing.model.WorkstreamLink;

/**
 * Reads a town data directory: {@code area.properties} (code, name, region name),
 * {@code indicators.csv} (the catalogue) and {@code observations.csv}; and where present
 * {@code boards.json} (boards, workstreams, actions) and {@code indicator-workstreams.csv} (the mapping,
 * which needs boards.json), and {@code age-banded-counts.csv} (counts by age band for DSRs). Workstreams and
 * links go into the facts for the priority rules. Observations with counts but no limits get their limits
 * computed by the catalogue's {@code ci_method} ({@link LimitsFromCounts}).
 */
public final class TownDatasetReader {
    static final String BOARDS = "boards.json";
    static final String LINKS = "indicator-workstreams.csv";
    /** Optional: counts by age band for directly standardised rates (docs/statistics.md). */
    static final String AGE_BANDED = "age-banded-counts.csv";

    private TownDatasetReader() {}

    public static TownDataset read(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new java.nio.file.NoSuchFileException(dir.toString(), null, "no such data directory");
        }
        TownArea area = area(dir.resolve("area.properties"));
        List<Indicator> indicators = CatalogueReader.read(dir.resolve("indicators.csv"));
        Set<String> ids = indicators.stream().map(Indicator::id).collect(Collectors.toSet());
        Map<String, Indicator> catalogue = new LinkedHashMap<>();
        indicators.forEach(i -> catalogue.put(i.id(), i));
        TownObservationsReader.Result observed =
                TownObservationsReader.read(dir.resolve("observations.csv"), area, catalogue);
        List<Board> boards = Files.exists(dir.resolve(BOARDS)) ? BoardsReader.read(dir.resolve(BOARDS)) : List.of();
        List<Workstream> workstreams = boards.stream().flatMap(b -> b.workstreams().stream()).toList();
        List<WorkstreamLink> links = List.of();
        if (Files.exists(dir.resolve(LINKS))) {
            if (boards.isEmpty()) {
                throw new IOException(dir.resolve(LINKS) + ": needs " + BOARDS + " with the boards it names");
            }
            links = WorkstreamLinksReader.read(dir.resolve(LINKS), ids, workstreams);
        }
        List<Object> others = new ArrayList<>(workstreams);
        others.addAll(links);
        List<Observation> observations = LimitsFromCounts.complete(indicators, observed.observations());
        if (Files.exists(dir.resolve(AGE_BANDED))) {
            observations = LimitsFromCounts.withAgeBands(indicators, observations,
                    AgeBandedCountsReader.read(dir.resolve(AGE_BANDED)), area.name(), AGE_BANDED);
        }
        others.addAll(observed.flags());
        return new TownDataset(dir.toString(), area, indicators, boards, links,
                new Facts(indicators, observations, observed.benchmarks(), others));
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
