package org.wellbeing.service;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.wellbeing.io.fingertips.FingertipsColumn;
import java.util.stream.Collectors;
import org.wellbeing.io.town.TownObservationsReader;

/** The CSV layouts an upload may come in, recognised by their header. */
enum CsvLayout {
    /** The town's strategy tables: {@link TownObservationsReader#COLUMNS}. */
    TOWN,
    /** A Fingertips "all data" download: "Indicator ID", "Area Code", "Time period", "Value", ... */
    FINGERTIPS,
    /** Neither: read as the town's layout, whose reader then names the missing columns. */
    UNKNOWN;

    private static final Set<String> FINGERTIPS_MARKERS = Set.of("indicatorid", "areacode", "timeperiod");

    static CsvLayout of(List<String> header) {
        Set<String> names = header.stream()
                .map(h -> h.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT).replace('_', ' '))
                .collect(Collectors.toSet());
        Set<String> squeezed = header.stream().map(FingertipsColumn::normalise).collect(Collectors.toSet());
        if (squeezed.containsAll(FINGERTIPS_MARKERS)) {
            return FINGERTIPS;
        }
        Set<String> town = TownObservationsReader.COLUMNS.stream().map(c -> c.replace('_', ' ')).collect(Collectors.toSet());
        return names.containsAll(town) ? TOWN : UNKNOWN;
    }
}
