package org.wellbeing.stats.parity;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** A reference CSV with a header; rows with every cell empty (left by the xlsx conversion) are dropped. */
record ReferenceTable(String file, List<Row> rows) {

    /** One data row; {@code line} as an editor counts it (header = line 1). */
    record Row(String file, long line, CSVRecord record) {
        String text(String column) {
            return record.isMapped(column) && record.isSet(column) ? record.get(column).strip() : "";
        }

        Double number(String column) {
            String t = text(column);
            if (t.isEmpty() || t.equalsIgnoreCase("NA")) return null;
            try {
                return Double.valueOf(t);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(file + ":" + line + ": column " + column + ": '" + t + "' is not a number");
            }
        }

        String where(String column) {
            return file + ":" + line + " " + column;
        }
    }

    static ReferenceTable read(Path dir, String name) throws IOException {
        Path file = dir.resolve(name);
        if (!Files.isRegularFile(file)) throw new NoSuchFileException(file + ": no such reference file");
        List<Row> rows = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                     .setAllowMissingColumnNames(true).get().parse(in)) {
            for (CSVRecord r : parser) {
                boolean blank = true;
                for (String cell : r) blank &= cell.isBlank();
                if (!blank) rows.add(new Row(name, r.getRecordNumber() + 1, r));
            }
        }
        return new ReferenceTable(name, List.copyOf(rows));
    }
}
