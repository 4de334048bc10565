package org.wellbeing.io.fingertips;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.wellbeing.io.CsvFields;
import org.wellbeing.io.CsvLine;
import org.wellbeing.io.ReadError;

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
import java.util.stream.Collectors;

import static org.wellbeing.io.fingertips.FingertipsColumn.*;

/**
 * Reads a Fingertips "all data" CSV download into {@link FingertipsRow}s, finding columns by name
 * (see {@link FingertipsColumn}); unknown columns such as "Column not used" are ignored.
 * Quoted fields may span lines. A row shorter than the header (Fingertips leaves off an empty
 * trailing "Compared to goal") reads its missing cells as empty, as long as every required column
 * is present; a row longer than the header is an error.
 */
public final class FingertipsCsvReader {

    private final ErrorMode mode;

    /** A reader that refuses a file with any error. */
    public FingertipsCsvReader() { this(ErrorMode.REFUSE_FILE); }

    public FingertipsCsvReader(ErrorMode mode) { this.mode = mode; }

    public FingertipsReadResult read(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(in, file.getFileName().toString());
        }
    }

    /** Reads from {@code in}; {@code fileName} names the file in errors and rows. */
    public FingertipsReadResult read(Reader in, String fileName) throws IOException {
        List<FingertipsRow> rows = new ArrayList<>();
        List<ReadError> errors = new ArrayList<>();
        int skipped = 0;
        int line = 1;
        try (CSVParser parser = CSVFormat.DEFAULT.parse(in)) {
            Header header = null;
            for (CSVRecord record : parser) {
                if (header == null) {
                    header = Header.of(record, fileName, errors);
                    if (!errors.isEmpty()) return refused(fileName, errors);
                    continue;
                }
                line = CsvLine.of(parser, record);
                int before = errors.size();
                FingertipsRow parsed = parse(record, header, fileName, line, errors);
                if (errors.size() == before) {
                    rows.add(parsed);
                } else {
                    skipped++;
                }
            }
            if (header == null) {
                errors.add(new ReadError(fileName, 0, null, "empty file: no header"));
                return refused(fileName, errors);
            }
        } catch (UncheckedIOException e) {
            errors.add(new ReadError(fileName, line + 1, null, ReadError.unreadable(e.getCause())));
            return refused(fileName, errors);
        }
        if (!errors.isEmpty() && mode == ErrorMode.REFUSE_FILE) return refused(fileName, errors);
        return new FingertipsReadResult(fileName, rows, errors, skipped, false);
    }

    private static FingertipsReadResult refused(String fileName, List<ReadError> errors) {
        return new FingertipsReadResult(fileName, List.of(), errors, 0, true);
    }

    private static FingertipsRow parse(CSVRecord record, Header h, String file, int line, List<ReadError> errors) {
        CsvFields f = new CsvFields(file, line, errors);
        if (record.size() > h.width) {
            f.error(null, "has " + record.size() + " fields, the header has " + h.width);
            return null;
        }
        if (record.size() <= h.lastRequired) {
            f.error(null, "has " + record.size() + " fields, too few to reach column '"
                    + h.names.get(h.lastRequiredColumn) + "'");
            return null;
        }
        FingertipsRow parsed = new FingertipsRow(file, line,
                f.text(h.names.get(INDICATOR_ID), h.cell(record, INDICATOR_ID), true),
                h.text(record, INDICATOR_NAME),
                h.text(record, PARENT_CODE),
                h.text(record, PARENT_NAME),
                f.text(h.names.get(AREA_CODE), h.cell(record, AREA_CODE), true),
                h.text(record, AREA_NAME),
                h.text(record, AREA_TYPE),
                h.text(record, SEX),
                h.text(record, AGE),
                h.text(record, CATEGORY_TYPE),
                h.text(record, CATEGORY),
                f.text(h.names.get(TIME_PERIOD), h.cell(record, TIME_PERIOD), true),
                f.wholeNumber(h.name(TIME_PERIOD_SORTABLE), h.cell(record, TIME_PERIOD_SORTABLE)),
                h.text(record, TIME_PERIOD_RANGE),
                h.number(record, VALUE, f),
                h.number(record, LOWER_CI_95, f),
                h.number(record, UPPER_CI_95, f),
                h.number(record, LOWER_CI_99_8, f),
                h.number(record, UPPER_CI_99_8, f),
                h.number(record, COUNT, f),
                h.number(record, DENOMINATOR, f),
                h.text(record, VALUE_NOTE),
                h.text(record, RECENT_TREND),
                h.text(record, COMPARED_TO_ENGLAND),
                h.text(record, COMPARED_TO_REGION),
                h.text(record, COMPARED_TO_GOAL),
                h.text(record, NEW_DATA));
        checkInterval(f, h.name(LOWER_CI_95), parsed.lower95(), parsed.upper95());
        checkInterval(f, h.name(LOWER_CI_99_8), parsed.lower998(), parsed.upper998());
        return parsed;
    }

    private static void checkInterval(CsvFields f, String lowerColumn, Double lower, Double upper) {
        if (lower != null && upper != null && lower > upper) {
            f.error(lowerColumn, "lower limit " + lower + " is above upper limit " + upper);
        }
    }

    /** Where each known column sits in this file, and what the file calls it. */
    private static final class Header {
        final Map<FingertipsColumn, Integer> index = new EnumMap<>(FingertipsColumn.class);
        final Map<FingertipsColumn, String> names = new EnumMap<>(FingertipsColumn.class);
        int width;
        int lastRequired = -1;
        FingertipsColumn lastRequiredColumn;

        static Header of(CSVRecord record, String file, List<ReadError> errors) {
            Header h = new Header();
            h.width = record.size();
            for (int i = 0; i < record.size(); i++) {
                String written = record.get(i).replace("\uFEFF", "").strip();
                String key = normalise(written);
                for (FingertipsColumn c : FingertipsColumn.values()) {
                    if (!c.keys().contains(key)) continue;
                    if (h.index.putIfAbsent(c, i) != null) {
                        errors.add(new ReadError(file, 0, written, "column appears twice in the header"));
                    }
                    h.names.putIfAbsent(c, written);
                }
            }
            List<FingertipsColumn> missing = requiredColumns().stream().filter(c -> !h.index.containsKey(c)).toList();
            if (!missing.isEmpty()) {
                errors.add(new ReadError(file, 0, null, "missing required columns: "
                        + missing.stream().map(FingertipsColumn::header).collect(Collectors.joining(", "))));
            }
            for (FingertipsColumn c : requiredColumns()) {
                Integer i = h.index.get(c);
                if (i != null && i > h.lastRequired) {
                    h.lastRequired = i;
                    h.lastRequiredColumn = c;
                }
            }
            return h;
        }

        String name(FingertipsColumn c) { return names.getOrDefault(c, c.header()); }

        String cell(CSVRecord record, FingertipsColumn c) {
            Integer i = index.get(c);
            return i == null || i >= record.size() ? "" : record.get(i);
        }

        String text(CSVRecord record, FingertipsColumn c) { return cell(record, c).strip(); }

        Double number(CSVRecord record, FingertipsColumn c, CsvFields f) { return f.number(name(c), cell(record, c)); }
    }
}
