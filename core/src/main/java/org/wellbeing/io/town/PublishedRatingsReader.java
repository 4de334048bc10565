package org.wellbeing.io.town;

import org.wellbeing.model.PublishedRating;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.wellbeing.io.CsvFields;
import org.wellbeing.io.CsvHeader;
import org.wellbeing.io.CsvLine;
import org.wellbeing.io.ReadError;
import org.wellbeing.io.ReadException;
import org.wellbeing.model.Comparator;
import org.wellbeing.model.Outcome;

/**
 * Reads published ratings: {@code indicator_id,time_period,cmp_england,cmp_region,cmp_nn,trend} with
 * R, A, G or NA in the comparison columns.
 */
public final class PublishedRatingsReader {
    private static final Map<String, Comparator> COLUMNS =
            Map.of("cmp_england", Comparator.ENGLAND, "cmp_region", Comparator.REGION, "cmp_nn", Comparator.NEIGHBOURS);

    private PublishedRatingsReader() {}

    public static List<PublishedRating> read(Path file) throws IOException {
        String name = file.getFileName().toString();
        List<ReadError> errors = new ArrayList<>();
        List<PublishedRating> ratings = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
            CsvHeader header = CsvHeader.of(parser,
                    List.of("indicator_id", "time_period", "cmp_england", "cmp_region", "cmp_nn", "trend"), name);
            int width = parser.getHeaderNames().size();
            for (CSVRecord record : parser) {
                int line = CsvLine.of(parser, record);
                CsvFields f = new CsvFields(name, line, errors);
                if (!CsvLine.checkWidth(record, width, f)) {
                    continue;
                }
                Map<Comparator, Outcome> outcomes = new EnumMap<>(Comparator.class);
                for (var column : COLUMNS.entrySet()) {
                    String code = header.cell(record, column.getKey()).strip();
                    Outcome o = outcome(code);
                    if (o == null) {
                        f.error(column.getKey(), code.isEmpty() ? "missing value: expected R, A, G or NA"
                                : "expected R, A, G or NA: '" + code + "'");
                    } else {
                        outcomes.put(column.getValue(), o);
                    }
                }
                ratings.add(new PublishedRating(line, f.text("indicator_id", header.cell(record, "indicator_id"), true),
                        f.text("time_period", header.cell(record, "time_period"), true), outcomes,
                        header.cell(record, "trend").strip()));
            }
        } catch (UncheckedIOException e) {
            errors.add(new ReadError(name, 0, null, ReadError.unreadable(e.getCause())));
        } catch (java.nio.charset.CharacterCodingException e) {
            errors.add(new ReadError(name, 0, null, ReadError.unreadable(e)));
        }
        if (!errors.isEmpty()) {
            throw new ReadException(name, errors);
        }
        return List.copyOf(ratings);
    }

    private static Outcome outcome(String code) {
        return switch (code.toUpperCase(java.util.Locale.ROOT)) {
            case "R" -> Outcome.RED;
            case "A" -> Outcome.AMBER;
            case "G" -> Outcome.GREEN;
            case "NA" -> Outcome.NOT_COMPARED;
            default -> null;
        };
    }
}
