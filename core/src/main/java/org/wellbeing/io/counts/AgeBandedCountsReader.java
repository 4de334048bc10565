package org.wellbeing.io.counts;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.wellbeing.io.CsvFields;
import org.wellbeing.io.CsvHeader;
import org.wellbeing.io.CsvLine;
import org.wellbeing.io.ReadError;
import org.wellbeing.io.ReadException;
import org.wellbeing.stats.methods.AgeBandCount;
import org.wellbeing.stats.methods.StandardPopulation;
import org.wellbeing.stats.methods.StatisticsException;

/**
 * Reads counts by age band, the input of directly (and indirectly) standardised rates, one row per area,
 * indicator, period and age band:
 * <pre>area_code,indicator_id,period,age_band,count,population</pre>
 * {@code age_band} is "0-4", "5-9", ..., "90+" (matched to the standard by its first age); {@code count}
 * may be empty (no events recorded, read as 0), {@code population} must be above 0. Optional columns
 * {@code f1}, {@code f2}, ... give the people with 1, 2, ... events, for events that can repeat for one
 * person; then the limits widen accordingly. A file with any error is refused whole, every error listed.
 */
public final class AgeBandedCountsReader {

    public static final List<String> COLUMNS = List.of("area_code", "indicator_id", "period", "age_band", "count", "population");

    private AgeBandedCountsReader() {}

    public static List<AgeBandedCounts> read(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(in, file.getFileName().toString());
        }
    }

    public static List<AgeBandedCounts> read(Reader in, String fileName) throws IOException {
        List<ReadError> errors = new ArrayList<>();
        Map<String, List<AgeBandCount>> groups = new LinkedHashMap<>();
        Map<String, String[]> ids = new LinkedHashMap<>();
        Map<String, Integer> firstRows = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
            CsvHeader header = CsvHeader.of(parser, COLUMNS, fileName);
            List<String> frequencyColumns = new ArrayList<>();
            Set<String> names = new HashSet<>();
            parser.getHeaderNames().forEach(h -> names.add(h.replace("\uFEFF", "").strip().toLowerCase(java.util.Locale.ROOT)));
            for (int i = 1; names.contains("f" + i); i++) frequencyColumns.add("f" + i);
            for (CSVRecord record : parser) {
                int row = CsvLine.of(parser, record);
                CsvFields f = new CsvFields(fileName, row, errors);
                CsvLine.checkWidth(record, parser.getHeaderNames().size(), f);
                Function<String, String> cell = c -> header.cell(record, c);
                String area = f.text("area_code", cell.apply("area_code"), true);
                String indicator = f.text("indicator_id", cell.apply("indicator_id"), true);
                String period = f.text("period", cell.apply("period"), true);
                String band = f.text("age_band", cell.apply("age_band"), true);
                Double count = f.number("count", cell.apply("count"));
                Double population = f.number("population", cell.apply("population"));
                if (count != null && count < 0) f.error("count", "must be 0 or more, got " + cell.apply("count").strip());
                if (population == null && !cell.apply("population").isBlank()) {
                    // already reported as not a number
                } else if (population == null) {
                    f.error("population", "missing value");
                } else if (population <= 0) {
                    f.error("population", "must be above 0, got " + cell.apply("population").strip());
                }
                List<Double> frequencies = new ArrayList<>();
                for (String column : frequencyColumns) {
                    Double people = f.number(column, cell.apply(column));
                    if (people != null && people < 0) f.error(column, "must be 0 or more, got " + cell.apply(column).strip());
                    frequencies.add(people);
                }
                if (!band.isEmpty()) {
                    try {
                        StandardPopulation.firstAgeOf(band);
                    } catch (StatisticsException e) {
                        f.error("age_band", e.getMessage());
                    }
                }
                String key = area + "|" + indicator + "|" + period;
                if (!band.isEmpty() && !seen.add(key + "|" + band)) {
                    f.error("age_band", "age band '" + band + "' repeated for " + area + ", " + indicator + ", " + period);
                }
                groups.computeIfAbsent(key, k -> new ArrayList<>()).add(new AgeBandCount(band, count, population, frequencies));
                ids.putIfAbsent(key, new String[] {area, indicator, period});
                firstRows.putIfAbsent(key, row);
            }
        } catch (UncheckedIOException e) {
            errors.add(new ReadError(fileName, 0, null, "malformed CSV: " + e.getCause().getMessage()));
        }
        if (!errors.isEmpty()) throw new ReadException(fileName, errors);
        List<AgeBandedCounts> result = new ArrayList<>();
        groups.forEach((key, bands) -> {
            String[] id = ids.get(key);
            result.add(new AgeBandedCounts(id[0], id[1], id[2], bands, firstRows.get(key)));
        });
        return List.copyOf(result);
    }
}
