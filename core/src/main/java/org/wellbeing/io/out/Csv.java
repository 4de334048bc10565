package org.wellbeing.io.out;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Writes CSV with commons-csv: quoting as needed, numbers without a trailing ".0", nulls empty. */
public final class Csv {
    private Csv() {}

    public static String write(List<String> header, List<List<Object>> rows) {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = CSVFormat.DEFAULT.builder().setRecordSeparator("\n")
                .setHeader(header.toArray(String[]::new)).get().print(out)) {
            for (List<Object> row : rows) {
                printer.printRecord(row.stream().map(Csv::cell).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    public static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double d) {
            return number(d);
        }
        return value.toString();
    }

    public static String number(Double d) {
        if (d == null) {
            return "";
        }
        return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }
}
