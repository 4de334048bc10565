package org.wellbeing.service;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.wellbeing.io.town.TownObservationsReader;

/**
 * The CSV layouts an upload may come in, recognised by their header. Only the town's layout is read so far;
 * a Fingertips download is recognised and refused until its reader lands (then: read it in
 * {@link Inputs#csv}, under the FINGERTIPS case).
 */
enum CsvLayout {
    /** The town's strategy tables: {@link TownObservationsReader#COLUMNS}. */
    TOWN,
    /** A Fingertips "all data" download: "Indicator ID", "Area Code", "Time period", "Value", ... */
    FINGERTIPS,
    /** Neither: read as the town's layout, whose reader then names the missing columns. */
    UNKNOWN;

    private static final Set<String> FINGERTIPS_MARKERS = Set.of("indicator id", "area code", "time period");

    static CsvLayout of(List<String> header) {
        Set<String> names = header.stream()
                .map(h -> h.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT).replace('_', ' '))
                .collect(Collectors.toSet());
        if (names.containsAll(FINGERTIPS_MARKERS)) {
            return FINGERTIPS;
        }
        Set<String> town = TownObservationsReader.COLUMNS.stream().map(c -> c.replace('_', ' ')).collect(Collectors.toSet());
        return names.containsAll(town) ? TOWN : UNKNOWN;
    }
}
