package org.wellbeing.io.town;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.wellbeing.io.CsvFields;
import org.wellbeing.io.CsvHeader;
import org.wellbeing.io.CsvLine;
import org.wellbeing.io.ReadError;
import org.wellbeing.io.ReadException;
import org.wellbeing.model.Benchmark;
import org.wellbeing.model.Comparator;
import org.wellbeing.model.Observation;

/**
 * Reads a town's observations in the layout of its strategy tables, one row per indicator and period:
 * <pre>indicator_id,period,time_period,value,england,region,nn_rank,nn_of,nn_value,quality,note</pre>
 * Each row gives one {@link Observation} of the town and its England, region and nearest-neighbour
 * {@link Benchmark}s. Values are kept as published; {@code quality} marks known problems and is kept
 * in the observation's note. A file with any error is refused whole, every error listed.
 */
public final class TownObservationsReader {

    public static final List<String> COLUMNS = List.of("indicator_id", "period", "time_period", "value",
            "england", "region", "nn_rank", "nn_of", "nn_value", "quality", "note");

    /** Observations and benchmarks read from one file. */
    public record Result(List<Observation> observations, List<Benchmark> benchmarks) {}

    private TownObservationsReader() {}

    public static Result read(Path file, TownArea area, Set<String> knownIndicators) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(in, file.getFileName().toString(), area, knownIndicators);
        }
    }

    public static Result read(Reader in, String fileName, TownArea area, Set<String> knownIndicators)
            throws IOException {
        List<ReadError> errors = new ArrayList<>();
        List<Observation> observations = new ArrayList<>();
        List<Benchmark> benchmarks = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        CSVParser parser;
        try {
            parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in);
        } catch (IllegalArgumentException e) {
            // commons-csv refuses a header with an empty or repeated name this way
            throw new ReadException(fileName, List.of(new ReadError(fileName, 0, null, "header (line 1): " + e.getMessage())));
        }
        try (parser) {
            CsvHeader header = CsvHeader.of(parser, COLUMNS, fileName);
            int width = parser.getHeaderNames().size();
            for (CSVRecord record : parser) {
                CsvFields f = new CsvFields(fileName, CsvLine.of(parser, record), errors);
                if (record.size() != width) {
                    f.error(null, "has " + record.size() + " fields, the header has " + width);
                    continue;
                }
                java.util.function.Function<String, String> cell = c -> header.cell(record, c);
                String id = f.text("indicator_id", cell.apply("indicator_id"), true);
                if (!id.isEmpty() && !knownIndicators.contains(id)) {
                    f.error("indicator_id", "not in the catalogue: '" + id + "'");
                }
                String period = f.text("period", cell.apply("period"), true);
                String timePeriod = f.text("time_period", cell.apply("time_period"), false);
                Double value = f.number("value", cell.apply("value"));
                Double england = f.number("england", cell.apply("england"));
                Double region = f.number("region", cell.apply("region"));
                Integer rank = f.wholeNumber("nn_rank", cell.apply("nn_rank"));
                Integer rankOf = f.wholeNumber("nn_of", cell.apply("nn_of"));
                Double neighbourValue = f.number("nn_value", cell.apply("nn_value"));
                if (rank != null && rankOf != null && (rank < 1 || rank > rankOf)) {
                    f.error("nn_rank", "rank " + rank + " is not between 1 and " + rankOf);
                }
                if ((rank == null) != (rankOf == null)) {
                    f.error(rank == null ? "nn_rank" : "nn_of", "a rank needs both nn_rank and nn_of");
                }
                String note = noteOf(cell.apply("quality"), cell.apply("note"));
                Observation o = new Observation(id, area.code(), area.name(), period,
                        timePeriod.isEmpty() ? period : timePeriod, "", value, null, null, null, null, null, null, note);
                if (!id.isEmpty() && !period.isEmpty() && !seen.add(o.key())) {
                    f.error("period", "a second row for " + id + " in " + period);
                }
                observations.add(o);
                benchmarks.add(new Benchmark(o.key(), Comparator.ENGLAND, england, null, null, "England"));
                benchmarks.add(new Benchmark(o.key(), Comparator.REGION, region, null, null, area.regionName()));
                benchmarks.add(new Benchmark(o.key(), Comparator.NEIGHBOURS, neighbourValue, rank, rankOf,
                        neighbourValue != null ? "nearest neighbours' value" : "nearest neighbours"));
            }
        } catch (UncheckedIOException e) {
            errors.add(new ReadError(fileName, 0, null, ReadError.unreadable(e.getCause())));
        } catch (java.nio.charset.CharacterCodingException e) {
            errors.add(new ReadError(fileName, 0, null, ReadError.unreadable(e)));
        }
        if (!errors.isEmpty()) {
            throw new ReadException(fileName, errors);
        }
        return new Result(List.copyOf(observations), List.copyOf(benchmarks));
    }

    private static String noteOf(String quality, String note) {
        String q = quality == null ? "" : quality.strip();
        String n = note == null ? "" : note.strip();
        if (q.isEmpty() || q.equals("ok")) {
            return n;
        }
        return n.isEmpty() ? "quality: " + q : "quality: " + q + ". " + n;
    }
}
