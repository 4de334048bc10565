package org.wellbeing.io.fingertips.next;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.wellbeing.io.CsvLine;
import org.wellbeing.io.ReadError;

/**
 * Reads the FingertipsNext DataCreator extract ({@code IndicatorId, Year, AgeID, SexID, AreaCode, Count, Value,
 * LowerCI, UpperCI, Denominator, Trend, Sex, Age, CategoryType, Category}) by column name, in any column order.
 * A leading UTF-8 byte order mark is skipped. The swapped CategoryType/Category headers are put right
 * (see {@link FingertipsNextRow}). Category values that the file wraps in an extra pair of double quotes
 * ({@code """County & UA ..."""}) lose that pair.
 */
public final class FingertipsNextReader {

    /** Columns a file must have. Sex and Age (the labels of SexID and AgeID) may be missing. */
    public static final List<String> REQUIRED = List.of("IndicatorId", "Year", "AgeID", "SexID", "AreaCode", "Count",
            "Value", "LowerCI", "UpperCI", "Denominator", "Trend", "CategoryType", "Category");

    private FingertipsNextReader() {}

    public static List<FingertipsNextRow> read(Path file) {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    public static List<FingertipsNextRow> read(Reader reader, String sourceName) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).get();
        try (CSVParser parser = CSVParser.builder().setReader(skipBom(reader)).setFormat(format).get()) {
            Map<String, Integer> columns = new HashMap<>();
            parser.getHeaderMap().forEach((name, index) -> columns.put(stripBom(name).trim(), index));
            List<String> missing = REQUIRED.stream().filter(c -> !columns.containsKey(c)).toList();
            if (!missing.isEmpty()) {
                throw new FingertipsNextFormatException(sourceName, 1, null, "missing column(s) " + missing
                        + "; found " + columns.keySet());
            }
            List<FingertipsNextRow> rows = new ArrayList<>();
            int width = parser.getHeaderNames().size();
            for (CSVRecord r : parser) {
                int line = CsvLine.of(parser, r);
                if (r.size() != width) {
                    throw new FingertipsNextFormatException(sourceName, line, null,
                            "has " + r.size() + " fields, the header has " + width);
                }
                rows.add(row(new Fields(r, line, columns, sourceName)));
            }
            return rows;
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new FingertipsNextFormatException(sourceName, 0, null, "not UTF-8 text (is it a CSV file?)");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + sourceName, e);
        } catch (IllegalArgumentException e) {
            // commons-csv: an empty or malformed header
            throw new FingertipsNextFormatException(sourceName, 1, null, "bad header: " + e.getMessage());
        } catch (IllegalStateException | UncheckedIOException e) {
            // commons-csv: a malformed record (e.g. an unclosed quote); its message gives the position
            throw new FingertipsNextFormatException(sourceName, 0, null,
                    e.getCause() instanceof IOException io ? ReadError.unreadable(io) : "malformed CSV: " + e.getMessage());
        }
    }

    private static FingertipsNextRow row(Fields f) {
        return new FingertipsNextRow(
                f.required("IndicatorId"),
                f.integer("Year"),
                f.text("AgeID"),
                f.text("SexID"),
                f.required("AreaCode"),
                f.number("Count"),
                f.number("Value"),
                f.number("LowerCI"),
                f.number("UpperCI"),
                f.number("Denominator"),
                f.text("Trend"),
                f.text("Sex"),
                f.text("Age"),
                unquote(f.text("Category")),      // the file's "Category" header holds the category type
                unquote(f.text("CategoryType"))); // and its "CategoryType" header holds the category
    }

    /** One record's fields by column name, with errors that name line and column. */
    private record Fields(CSVRecord record, int line, Map<String, Integer> columns, String source) {

        String text(String column) {
            Integer i = columns.get(column);
            if (i == null || i >= record.size()) return "";
            return record.get(i).trim();
        }

        String required(String column) {
            String s = text(column);
            if (s.isEmpty()) throw error(column, "is empty");
            return s;
        }

        int integer(String column) {
            String s = required(column);
            try {
                return Integer.parseInt(s);
            } catch (NumberFormatException e) {
                throw error(column, "'" + s + "' is not a whole number");
            }
        }

        Double number(String column) {
            String s = text(column);
            if (s.isEmpty()) return null;
            try {
                double d = Double.parseDouble(s);
                if (Double.isNaN(d) || Double.isInfinite(d)) throw new NumberFormatException();
                return d;
            } catch (NumberFormatException e) {
                throw error(column, "'" + s + "' is not a number");
            }
        }

        FingertipsNextFormatException error(String column, String problem) {
            return new FingertipsNextFormatException(source, line, column, problem);
        }
    }

    private static String unquote(String s) {
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }

    private static String stripBom(String s) {
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    private static Reader skipBom(Reader reader) throws IOException {
        PushbackReader in = new PushbackReader(reader instanceof BufferedReader ? reader : new BufferedReader(reader), 1);
        int first = in.read();
        if (first != -1 && first != '\uFEFF') in.unread(first);
        return in;
    }
}
