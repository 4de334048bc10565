package org.wellbeing.io.fingertips;

import org.junit.jupiter.api.Test;
import org.wellbeing.io.ReadError;
import org.wellbeing.io.ReadException;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;
import static org.wellbeing.io.fingertips.SharedFingertips.*;

class FingertipsCsvReaderTest {

    private final FingertipsCsvReader strict = new FingertipsCsvReader();
    private final FingertipsCsvReader skipping = new FingertipsCsvReader(ErrorMode.SKIP_BAD_ROWS);

    // --- the three header layouts -------------------------------------------------------------

    @Test
    void reads_the_26_column_layout_including_a_row_without_the_trailing_goal_cell() throws IOException {
        FingertipsReadResult result = strict.read(fixture("fingertips/valid_26_columns.csv"));

        assertFalse(result.hasErrors(), result.errorReport());
        List<FingertipsRow> rows = result.rows();
        assertEquals(3, rows.size());
        FingertipsRow region = rows.get(1);
        assertEquals("E12000006", region.areaCode());
        assertNull(region.lower95());
        assertEquals("Aggregated from all known lower geography values", region.valueNote());
        assertEquals("", region.comparedToGoal(), "the row stops before Compared to goal");
        FingertipsRow luton = rows.get(2);
        assertEquals(4, luton.line());
        assertEquals("E12000006", luton.parentCode());
        assertEquals(80.0, luton.value());
        assertEquals(70.0, luton.lower95());
        assertEquals(89.0, luton.upper95());
        assertNull(luton.lower998());
        assertEquals(170.0, luton.count());
        assertEquals(212500.0, luton.denominator());
        assertEquals("Cannot be calculated", luton.recentTrend());
        assertEquals("Worse", luton.comparedToEngland());
        assertEquals("Similar", luton.comparedToRegion());
        assertEquals(20170000, luton.timePeriodSortable());
        assertEquals("New data", luton.newData());
        assertEquals("Persons|All ages||", luton.breakdown());
    }

    @Test
    void reads_the_27_column_layout_with_99_8_limits_and_ignores_column_not_used() throws IOException {
        FingertipsReadResult result = strict.read(fixture("fingertips/valid_27_columns.csv"));

        assertFalse(result.hasErrors(), result.errorReport());
        FingertipsRow luton = result.rows().get(1);
        assertEquals(25.3, luton.lower998());
        assertEquals(35.2, luton.upper998());
        assertNull(luton.count());
        assertEquals("1y", luton.timePeriodRange());
        assertEquals("Worse", luton.comparedToEngland());
        assertEquals("", luton.comparedToRegion(), "'Column not used' is not the region comparison");
    }

    @Test
    void reads_headers_written_with_underscores_and_without_spaces() throws IOException {
        FingertipsReadResult result = strict.read(fixture("fingertips/valid_underscore_headers.csv"));

        assertFalse(result.hasErrors(), result.errorReport());
        FingertipsRow row = result.rows().get(0);
        assertEquals("92796", row.indicatorId());
        assertEquals("2017/18", row.timePeriod());
        assertEquals(90.1, row.lower95());
        assertEquals(158.0, row.upper95());
        assertEquals("Lower", row.comparedToEngland());
        assertEquals("Similar", row.comparedToRegion());
        assertEquals("Cannot be calculated", row.recentTrend());
    }

    @Test
    void reads_every_shared_all_data_file_in_full() throws IOException {
        assertEquals(852, strict.read(file(CAMPYLOBACTER)).rowsOrThrow().size());
        assertEquals(87, strict.read(file(EAST_MIDLANDS)).rowsOrThrow().size());
        assertEquals(130, strict.read(file(EAST_OF_ENGLAND)).rowsOrThrow().size());
        assertEquals(3840, strict.read(file(OBESITY)).rowsOrThrow().size());
    }

    // --- quoted fields with line breaks -------------------------------------------------------

    @Test
    void a_quoted_field_with_a_line_break_is_one_field_and_errors_name_the_line_the_row_starts_on() throws IOException {
        FingertipsReadResult result = skipping.read(fixture("fingertips/line_break_in_quotes.csv"));

        assertEquals(1, result.rows().size());
        FingertipsRow first = result.rows().get(0);
        assertEquals("Campylobacter incidence\nrate/100,000", first.indicatorName());
        assertEquals("E06000032", first.areaCode(), "the fields after the line break stay in their columns");
        assertEquals("line_break_in_quotes.csv:4: column 'Value': not a number: 'not-a-number'",
                result.errors().get(0).toString(), "the second data row starts on line 4: the first spans lines 2 and 3");
    }

    @Test
    void the_campylobacter_file_keeps_its_columns_in_place_despite_the_line_break_in_every_name() throws IOException {
        List<FingertipsRow> rows = strict.read(file(CAMPYLOBACTER)).rowsOrThrow();

        FingertipsRow luton = rows.stream()
                .filter(r -> r.areaCode().equals("E06000032") && r.timePeriod().equals("2017") && r.age().equals("All ages"))
                .findFirst().orElseThrow();
        assertEquals("Campylobacter incidence rate/100,000", luton.indicatorName(), "trailing line break stripped");
        assertEquals("E12000006", luton.parentCode());
        assertEquals("County & UA", luton.areaType());
        assertNotNull(luton.lower95());
    }

    // --- bad input ----------------------------------------------------------------------------

    @Test
    void a_file_missing_required_columns_is_refused_with_the_list_of_missing_columns() throws IOException {
        FingertipsReadResult result = skipping.read(fixture("fingertips/missing_columns.csv"));

        assertTrue(result.refused(), "missing columns refuse the file even when skipping bad rows");
        assertEquals(List.of(), result.rows());
        assertEquals(1, result.errors().size());
        assertEquals("missing_columns.csv: missing required columns: Value, Lower CI 95.0 limit, Upper CI 95.0 limit",
                result.errors().get(0).toString());
    }

    @Test
    void the_15_column_fingertipsnext_extract_is_refused_as_not_an_all_data_download() throws IOException {
        FingertipsReadResult result = strict.read(file(FINGERTIPSNEXT));

        assertTrue(result.refused());
        assertTrue(result.errors().get(0).message().equals(
                "missing required columns: Parent Code, Area Name, Time period, Lower CI 95.0 limit, Upper CI 95.0 limit"),
                result.errors().get(0).message());
    }

    @Test
    void a_bad_number_names_file_row_and_column_and_by_default_the_file_yields_no_rows() throws IOException {
        FingertipsReadResult result = strict.read(fixture("fingertips/bad_number.csv"));

        assertTrue(result.refused());
        assertEquals(List.of(), result.rows());
        assertEquals(List.of(new ReadError("bad_number.csv", 3, "Value", "not a number: 'abc'")), result.errors());
        assertEquals("bad_number.csv:3: column 'Value': not a number: 'abc'", result.errors().get(0).toString());
        ReadException e = assertThrows(ReadException.class, result::rowsOrThrow);
        assertTrue(e.getMessage().contains("bad_number.csv:3: column 'Value': not a number: 'abc'"), e.getMessage());
    }

    @Test
    void skip_bad_rows_returns_the_good_rows_and_what_was_skipped() throws IOException {
        FingertipsReadResult result = skipping.read(fixture("fingertips/bad_number.csv"));

        assertFalse(result.refused());
        assertEquals(List.of(2, 4), result.rows().stream().map(FingertipsRow::line).toList());
        assertEquals(1, result.skippedRows());
        assertEquals("bad_number.csv:3: column 'Value': not a number: 'abc'", result.errors().get(0).toString());
        assertEquals(2, result.rowsOrThrow().size());
    }

    @Test
    void all_errors_are_kept_but_a_report_lists_50_then_and_n_more() throws IOException {
        FingertipsReadResult result = strict.read(fixture("fingertips/sixty_bad_rows.csv"));

        assertEquals(60, result.errors().size());
        String report = result.errorReport();
        assertTrue(report.startsWith("sixty_bad_rows.csv: 60 errors"), report);
        assertTrue(report.contains("sixty_bad_rows.csv:51: column 'Value': not a number: 'x50'"), report);
        assertFalse(report.contains(":52:"), report);
        assertTrue(report.strip().endsWith("and 10 more"), report);
        assertEquals(report, assertThrows(ReadException.class, result::rowsOrThrow).getMessage());
    }

    @Test
    void rows_with_too_many_fields_or_too_few_to_reach_the_required_columns_are_errors() throws IOException {
        FingertipsReadResult result = strict.read(fixture("fingertips/wrong_field_count.csv"));

        assertEquals(List.of(
                "wrong_field_count.csv:2: has 27 fields, the header has 26",
                "wrong_field_count.csv:3: has 13 fields, too few to reach column 'Upper CI 95.0 limit'"),
                result.errors().stream().map(ReadError::toString).toList());
    }

    @Test
    void a_lower_limit_above_the_upper_limit_is_an_error() throws IOException {
        FingertipsReadResult result = strict.read(fixture("fingertips/ci_reversed.csv"));

        assertEquals("ci_reversed.csv:2: column 'Lower CI 95.0 limit': lower limit 89.0 is above upper limit 70.0",
                result.errors().get(0).toString());
    }

    @Test
    void an_unterminated_quote_refuses_the_file_even_when_skipping() throws IOException {
        FingertipsReadResult result = skipping.read(fixture("fingertips/unterminated_quote.csv"));

        assertTrue(result.refused());
        assertTrue(result.errors().get(0).message().startsWith("malformed CSV"), result.errors().get(0).toString());
    }

    @Test
    void an_empty_file_is_refused() throws IOException {
        FingertipsReadResult result = strict.read(new StringReader(""), "empty.csv");

        assertEquals("empty.csv: empty file: no header", result.errors().get(0).toString());
    }
}
