package org.wellbeing.io;

import org.junit.jupiter.api.Test;
import org.wellbeing.model.ComparisonMethod;
import org.wellbeing.model.Goal;
import org.wellbeing.model.Indicator;
import org.wellbeing.model.Polarity;
import org.wellbeing.model.ValueType;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class CatalogueReaderTest {

    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(CatalogueReaderTest.class.getResource("/catalogue/" + name).toURI());
    }

    private static List<String> errorsOf(String name) throws Exception {
        ReadException e = assertThrows(ReadException.class, () -> CatalogueReader.read(fixture(name)));
        return e.errors().stream().map(ReadError::toString).toList();
    }

    @Test
    void reads_a_valid_catalogue_with_boards_goal_and_case_insensitive_enums() throws Exception {
        List<Indicator> indicators = CatalogueReader.read(fixture("valid.csv"));

        assertEquals(2, indicators.size());
        Indicator mmr = indicators.get(0);
        assertEquals("30309", mmr.id());
        assertEquals(ValueType.PROPORTION, mmr.valueType());
        assertEquals(Polarity.HIGH_IS_GOOD, mmr.polarity());
        assertEquals(List.of("Health Protection Committee", "Children's Trust Board"), mmr.boards());
        assertEquals(ComparisonMethod.CONFIDENCE_INTERVALS, mmr.comparisonMethod());
        assertEquals(new Goal(90, 95), mmr.goal());
        Indicator campylobacter = indicators.get(1);
        assertEquals("Campylobacter incidence rate/100,000", campylobacter.name());
        assertEquals(List.of(), campylobacter.boards());
        assertFalse(campylobacter.hasGoal());
    }

    @Test
    void a_bad_enum_value_names_file_row_column_and_the_allowed_values() throws Exception {
        assertEquals(List.of(
                "bad_enum.csv:2: column 'polarity': not one of HIGH_IS_GOOD, LOW_IS_GOOD, NO_JUDGEMENT: 'HIGH'",
                "bad_enum.csv:3: column 'value_type': not one of PROPORTION, CRUDE_RATE, DIRECTLY_STANDARDISED_RATE,"
                        + " MEAN, SCORE, COUNT, RATIO, OTHER: 'RATE'",
                "bad_enum.csv:3: column 'comparison_method': not one of CONFIDENCE_INTERVALS,"
                        + " CONFIDENCE_INTERVALS_OR_TOLERANCE, CONFIDENCE_INTERVALS_TWO_LEVEL, CONTROL_LIMITS_PROPORTIONS, NOT_COMPARED: 'CI'"),
                errorsOf("bad_enum.csv"));
    }

    @Test
    void a_catalogue_missing_columns_is_refused_with_the_list() throws Exception {
        assertEquals(List.of("missing_columns.csv: missing required columns: polarity_source, goal_lower, goal_upper"),
                errorsOf("missing_columns.csv"));
    }

    @Test
    void a_goal_needs_both_numbers_in_order() throws Exception {
        assertEquals(List.of(
                "bad_goal.csv:2: column 'goal_upper': goal needs both goal_lower and goal_upper",
                "bad_goal.csv:3: column 'goal_lower': goal lower 95.0 is above goal upper 90.0",
                "bad_goal.csv:4: column 'goal_lower': not a number: 'ninety'"),
                errorsOf("bad_goal.csv"));
    }

    @Test
    void ids_are_unique() throws Exception {
        assertEquals(List.of("duplicate_id.csv:3: column 'id': duplicate id: '1'"), errorsOf("duplicate_id.csv"));
    }

    @Test
    void every_indicator_says_where_its_polarity_comes_from() throws Exception {
        assertEquals(List.of("missing_polarity_source.csv:2: column 'polarity_source': missing value"),
                errorsOf("missing_polarity_source.csv"));
    }

    @Test
    void the_message_lists_every_error() throws IOException, URISyntaxException {
        ReadException e = assertThrows(ReadException.class, () -> CatalogueReader.read(fixture("bad_goal.csv")));
        assertTrue(e.getMessage().startsWith("bad_goal.csv: 3 errors"), e.getMessage());
    }
}
