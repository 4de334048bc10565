package org.wellbeing.trend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** How a time period label becomes a start year and a length, which decides what counts as one trend point. */
class TimePeriodsTest {

    @Test
    void a_calendar_year_is_one_year() {
        // Given / When
        TimePeriods.Span span = TimePeriods.parse("2021");

        // Then
        assertEquals(new TimePeriods.Span(2021, 1), span);
    }

    @Test
    void a_financial_or_academic_year_with_a_slash_is_one_year_from_its_first_year() {
        // Given / When
        TimePeriods.Span span = TimePeriods.parse("2019/20");

        // Then
        assertEquals(new TimePeriods.Span(2019, 1), span);
    }

    @Test
    void a_hyphenated_three_year_span_is_three_pooled_years() {
        // Given / When
        TimePeriods.Span span = TimePeriods.parse("2018-20");

        // Then
        assertEquals(new TimePeriods.Span(2018, 3), span);
    }

    @Test
    void spaces_around_the_hyphen_do_not_matter() {
        // Given the town's line-wrapped "2018 - 20"
        // When
        TimePeriods.Span span = TimePeriods.parse("2018 - 20");

        // Then
        assertEquals(new TimePeriods.Span(2018, 3), span);
        assertEquals(TimePeriods.parse("2018-20"), TimePeriods.parse("2018- 20"));
    }

    @Test
    void a_hyphenated_span_of_two_consecutive_years_is_read_as_a_financial_year() {
        // Given the town's way of writing a financial year
        // When
        TimePeriods.Span span = TimePeriods.parse("2020-21");

        // Then it is one year, the same point as "2020/21"
        assertEquals(new TimePeriods.Span(2020, 1), span);
        assertEquals(TimePeriods.parse("2020/21"), span);
    }

    @ParameterizedTest(name = "{0} starts in {1} and covers {2} years")
    @CsvSource({
            "2018-2020, 2018, 3",
            "2099-01,   2099, 3",
            "2099/00,   2099, 1",
            "'  2021',  2021, 1",
            "2016 - 18, 2016, 3",
    })
    void four_digit_ends_leading_spaces_and_centuries_are_read(String label, int start, int years) {
        // Given / When
        TimePeriods.Span span = TimePeriods.parse(label);

        // Then
        assertEquals(new TimePeriods.Span(start, years), span);
    }

    @ParameterizedTest(name = "''{0}'' is not a period")
    @ValueSource(strings = {"garbage", "n/a", "Q1 2019", "19/20", "   ", "x2021"})
    void text_that_does_not_start_with_a_year_is_null(String label) {
        // Given / When / Then
        assertNull(TimePeriods.parse(label));
    }

    @ParameterizedTest
    @NullAndEmptySource
    void null_and_empty_are_null(String label) {
        // Given / When / Then
        assertNull(TimePeriods.parse(label));
    }
}
