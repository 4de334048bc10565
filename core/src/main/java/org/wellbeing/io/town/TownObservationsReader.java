package org.wellbeing.io.town;

import org.wellbeing.model.TownArea;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
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
import org.wellbeing.io.ValueChecks;
import org.wellbeing.model.Benchmark;
import org.wellbeing.model.Comparator;
import org.wellbeing.model.Indicator;
import org.wellbeing.model.Observation;
import org.wellbeing.model.QualityFlag;

/**
 * Reads a town's observations in the layout of its strategy tables, one row per indicator and period:
 * <pre>indicator_id,period,time_period,value,england,region,nn_rank,nn_of,nn_value,quality,note</pre>
 * and optionally {@code count} and {@code denominator} (numerator and denominator: both or neither, the count
 * 0 or more, the denominator above 0), from which limits are computed where the catalogue says how.
 * Each row gives one {@link Observation} of the town and its England, region and nearest-neighbour
 * {@link Benchmark}s. Values are kept as published; {@code quality} marks known problems: {@code ok}, or
 * codes of {@link QualityFlag#TOWN_CODES} separated by {@code ;}, each a {@link QualityFlag} for the rules
 * (and kept in the observation's note). Optional columns {@code lower95, upper95, count, denominator} give a
 * confidence interval and the numbers behind the value. Impossible numbers ({@link ValueChecks}: a
 * percentage of 150, a negative rate, a value outside its own CI, ...) are errors. A file with any error is
 * refused whole, every error listed.
 */
public final class TownObservationsReader {

    public static final List<String> COLUMNS = List.of("indicator_id", "period", "time_period", "value",
            "england", "region", "nn_rank", "nn_of", "nn_value", "quality", "note");

    /** Optional columns: a 95% confidence interval, and the count and denominator behind the value. */
    public static final List<String> OPTIONAL_COLUMNS = List.of("lower95", "upper95", "count", "denominator");

    /** Observations, benchmarks and the quality flags of the rows, read from one file. */
    public record Result(List<Observation> observations, List<Benchmark> benchmarks, List<QualityFlag> flags) {}

    private TownObservationsReader() {}

    public static Result read(Path file, TownArea area, Map<String, Indicator> catalogue) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(in, file.getFileName().toString(), area, catalogue);
        }
    }

    /** With the catalogue's ids only: impossible numbers are not looked for (no value types are known). */
    public static Result read(Path file, TownArea area, Set<String> knownIndicators) throws IOException {
        return read(file, area, idsOnly(knownIndicators));
    }

    public static Result read(Reader in, String fileName, TownArea area, Set<String> knownIndicators) throws IOException {
        return read(in, fileName, area, idsOnly(knownIndicators));
    }

    private static Map<String, Indicator> idsOnly(Set<String> ids) {
        Map<String, Indicator> m = new HashMap<>();
        ids.forEach(id -> m.put(id, null));
        return m;
    }

    /** Reads the rows, each checked against its indicator in {@code catalogue} (id to entry). */
    public static Result read(Reader in, String fileName, TownArea area, Map<String, Indicator> catalogue)
            throws IOException {
        Set<String> knownIndicators = catalogue.keySet();
        List<QualityFlag> flags = new ArrayList<>();
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
                if (!CsvLine.checkWidth(record, width, f)) {
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
                Double lower95 = f.number("lower95", cell.apply("lower95"));
                Double upper95 = f.number("upper95", cell.apply("upper95"));
                Double count = f.number("count", cell.apply("count"));
                Double denominator = f.number("denominator", cell.apply("denominator"));
                if ((lower95 == null) != (upper95 == null)) {
                    f.error(lower95 == null ? "lower95" : "upper95", "a confidence interval needs both lower95 and upper95");
                }
                ValueChecks.Numbers numbers = new ValueChecks.Numbers().put("value", value).put("lower95", lower95)
                        .put("upper95", upper95).put("count", count).put("denominator", denominator)
                        .put("england", england).put("region", region).put("neighbourValue", neighbourValue);
                ValueChecks.check(catalogue.get(id), numbers, TownObservationsReader::column)
                        .forEach(p -> f.error(p.field(), p.message()));
                List<String> codes = codes(f, cell.apply("quality"));
                if (rank != null && rankOf != null && (rank < 1 || rank > rankOf)) {
                    f.error("nn_rank", "rank " + rank + " is not between 1 and " + rankOf);
                }
                if ((rank == null) != (rankOf == null)) {
                    f.error(rank == null ? "nn_rank" : "nn_of", "a rank needs both nn_rank and nn_of");
                }
                if ((count == null) != (denominator == null)) {
                    f.error(count == null ? "count" : "denominator", "count and denominator go together: give both or neither");
                }
                String note = noteOf(cell.apply("quality"), cell.apply("note"));
                Observation o = new Observation(id, area.code(), area.name(), period,
                        timePeriod.isEmpty() ? period : timePeriod, "", value, lower95, upper95, null, null, count,
                        denominator, note);
                if (!id.isEmpty() && !period.isEmpty() && !seen.add(o.key())) {
                    f.error("period", "a second row for " + id + " in " + period);
                }
                observations.add(o);
                String detail = cell.apply("note") == null ? "" : cell.apply("note").strip();
                codes.forEach(c -> flags.add(QualityFlag.ofData(o, c, detail)));
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
        return new Result(List.copyOf(observations), List.copyOf(benchmarks), List.copyOf(flags));
    }

    /** The quality codes of a cell: "ok" or empty for none; an unknown code is an error. */
    private static List<String> codes(CsvFields f, String text) {
        List<String> codes = new ArrayList<>();
        for (String part : (text == null ? "" : text).split(";")) {
            String code = part.strip();
            if (code.isEmpty() || code.equals("ok")) {
                continue;
            }
            if (!QualityFlag.TOWN_CODES.contains(code)) {
                f.error("quality", "not a quality code: '" + code + "' (ok, or one or more of "
                        + String.join(", ", QualityFlag.TOWN_CODES) + " separated by ;)");
            } else if (!codes.contains(code)) {
                codes.add(code);
            }
        }
        return codes;
    }

    /** The town layout's column for a checked number. */
    private static String column(String field) {
        return field.equals("neighbourValue") ? "nn_value" : field;
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
