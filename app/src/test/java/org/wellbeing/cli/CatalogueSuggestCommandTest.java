package org.wellbeing.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wellbeing.io.CatalogueReader;
import org.wellbeing.model.Indicator;
import org.wellbeing.model.Polarity;

/**
 * {@code catalogue suggest}: a download with indicators the catalogue lacks gets a proposed row for each, its
 * polarity read from the file's own labels, marked for review; indicators already catalogued are left alone.
 */
class CatalogueSuggestCommandTest {
    /** 93356 (in the catalogue), 88801 (Better/Worse labels, better when higher), 88802 (Higher/Lower labels only). */
    static final String DOWNLOAD = "catalogue-suggest/download.csv";

    @Test
    void unknown_indicators_get_a_row_whose_polarity_matches_the_files_labels(@TempDir Path dir) throws Exception {
        // When
        Cli.Result r = Cli.run("catalogue", "suggest", Cli.fixture(DOWNLOAD).toString()).assertExit(0);

        // Then a catalogue header and one row per unknown indicator, none for the catalogued one
        assertEquals(String.join(",", CatalogueReader.COLUMNS), r.header());
        Map<String, CSVRecord> rows = r.csv().stream().collect(Collectors.toMap(x -> x.get("id"), Function.identity()));
        assertEquals(List.of("88801", "88802"), r.csv().stream().map(x -> x.get("id")).toList());

        // Better above England and the region, Worse below England: high is good
        CSVRecord walking = rows.get("88801");
        assertEquals("HIGH_IS_GOOD", walking.get("polarity"));
        assertEquals("PROPORTION", walking.get("value_type"));
        assertEquals("%", walking.get("unit"));
        assertEquals("CONFIDENCE_INTERVALS", walking.get("comparison_method"));
        assertTrue(walking.get("polarity_source").startsWith("REVIEW: inferred from download.csv: Better above the"
                + " benchmark or Worse below it on all 3 labelled values"), walking.get("polarity_source"));

        // Higher/Lower only: no polarity
        CSVRecord births = rows.get("88802");
        assertEquals("NO_JUDGEMENT", births.get("polarity"));
        assertEquals("per 1,000", births.get("unit"));
        assertTrue(births.get("polarity_source").startsWith("REVIEW: inferred from download.csv: labels Higher/Lower"
                + " only (2 values), so no polarity"), births.get("polarity_source"));

        // And the summary names the counts on standard error
        assertTrue(r.err().contains(": 3 indicators, 1 in data/fingertips/indicators.csv, 2 proposed above"), r.err());

        // And the proposed rows, added to a copy of the catalogue, are read by the catalogue reader
        Path catalogue = dir.resolve("indicators.csv");
        String body = r.out().substring(r.out().indexOf('\n') + 1);
        Files.writeString(catalogue, Files.readString(Path.of("data", "fingertips", "indicators.csv")) + body);
        Map<String, Indicator> read = CatalogueReader.read(catalogue).stream()
                .collect(Collectors.toMap(Indicator::id, Function.identity()));
        assertEquals(Polarity.HIGH_IS_GOOD, read.get("88801").polarity());
        assertEquals(Polarity.NO_JUDGEMENT, read.get("88802").polarity());
    }

    @Test
    void low_is_good_when_better_values_lie_below_the_benchmark(@TempDir Path dir) throws Exception {
        // Given an empty catalogue, so that 93356 (Luton Better at 80 against England's 100) is proposed too
        Path empty = Files.writeString(dir.resolve("empty.csv"), String.join(",", CatalogueReader.COLUMNS) + "\n");
        Cli.Result r = Cli.run("catalogue", "suggest", "--catalogue", empty.toString(),
                Cli.fixture(DOWNLOAD).toString()).assertExit(0);

        CSVRecord campylobacter = r.csv().stream().filter(x -> x.get("id").equals("93356")).findFirst().orElseThrow();
        assertEquals("LOW_IS_GOOD", campylobacter.get("polarity"), campylobacter.toString());
        assertEquals("CRUDE_RATE", campylobacter.get("value_type"));
        assertEquals("per 100,000", campylobacter.get("unit"));
    }

    @Test
    void a_missing_download_is_one_error_line_with_exit_2() {
        Cli.Result r = Cli.run("catalogue", "suggest", "no-such-download.csv").assertExit(2);
        assertEquals(List.of("error: no-such-download.csv: no such file"), r.err().lines().toList());
        assertEquals("", r.out());
    }
}
