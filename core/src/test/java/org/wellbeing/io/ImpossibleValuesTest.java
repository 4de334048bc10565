package org.wellbeing.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wellbeing.io.json.FieldProblem;
import org.wellbeing.io.json.InvalidJsonException;
import org.wellbeing.io.json.ObservationsJsonReader;
import org.wellbeing.model.TownArea;
import org.wellbeing.io.town.TownObservationsReader;
import org.wellbeing.model.Indicator;
import org.wellbeing.model.QualityFlag;
import org.wellbeing.testing.Fixtures;

/**
 * Impossible numbers are refused where they enter, by the indicator's value type and unit in the catalogue: the
 * town's CSV names the row and column of each, a JSON body the field. Quality codes are read as flags.
 */
class ImpossibleValuesTest {
    private static final TownArea LUTON = new TownArea("E06000032", "Luton", "East of England");
    private static Map<String, Indicator> catalogue;

    @BeforeAll
    static void readCatalogue() throws Exception {
        catalogue = new LinkedHashMap<>();
        CatalogueReader.read(Path.of("data", "luton", "indicators.csv")).forEach(i -> catalogue.put(i.id(), i));
    }

    @Test
    void whenATownFileHasImpossibleNumbers_thenEachIsRefusedByRowAndColumn() {
        // Given one row per impossible case, and a row with an unknown quality code
        // When the file is read against the catalogue
        ReadException e = assertThrows(ReadException.class, () ->
                TownObservationsReader.read(Fixtures.path("town/observations-impossible.csv"), LUTON, catalogue));

        // Then every row is refused, each naming its column and what is wrong, in file order
        List<String> columns = e.errors().stream().map(ReadError::column).toList();
        assertEquals(List.of("value", "value", "lower95", "value", "lower95", "count", "denominator", "denominator",
                "quality"), columns, e.getMessage());
        List<String> messages = e.errors().stream().map(ReadError::message).toList();
        assertTrue(messages.get(0).startsWith("150.0 is not a percentage between 0 and 100"), messages.get(0));
        assertTrue(messages.get(1).startsWith("-3.0 is not a percentage"), messages.get(1));
        assertTrue(messages.get(2).contains("-1.0 is negative"), messages.get(2));
        assertTrue(messages.get(3).contains("outside its own 95% confidence interval 7.5 to 9.0"), messages.get(3));
        assertTrue(messages.get(4).contains("lower limit 4.5 is above the upper limit 3.9"), messages.get(4));
        assertTrue(messages.get(5).contains("count 3100.0 is above its denominator 3000.0"), messages.get(5));
        assertTrue(messages.get(6).contains("a denominator must be above 0, got 0.0"), messages.get(6));
        assertTrue(messages.get(7).contains("a denominator must be above 0, got -2800.0"), messages.get(7));
        assertTrue(messages.get(8).contains("not a quality code: 'misprint'"), messages.get(8));
        assertTrue(e.getMessage().contains("observations-impossible.csv:"), e.getMessage());
        assertEquals(9, e.errors().stream().map(x -> x.toString().split(": ")[0]).distinct().count(),
                "each error on its own row: " + e.getMessage());
    }

    @Test
    void whenAJsonBodyHasImpossibleNumbers_thenEachIsRefusedByItsField() {
        // Given one observation per impossible case
        String body = """
                {"observations": [
                  {"indicatorId": "vaccination-mmr-2-years", "period": "2022/23", "value": 150},
                  {"indicatorId": "vaccination-mmr-2-years", "period": "2021/22", "value": -1},
                  {"indicatorId": "child-poverty-after-housing-costs", "period": "2022/23", "value": 39.1, "lower95": -2, "upper95": 41},
                  {"indicatorId": "smoking-at-time-of-delivery", "period": "2022/23", "value": 7, "lower95": 7.5, "upper95": 9},
                  {"indicatorId": "low-birth-weight-term-babies", "period": "2022/23", "value": 4.1, "lower95": 4.5, "upper95": 3.9},
                  {"indicatorId": "vaccination-dtap-ipv-hib-2-years", "period": "2022/23", "value": 88.8, "count": 3100, "denominator": 3000},
                  {"indicatorId": "dental-decay-5-year-olds", "period": "2022/23", "value": 36.8, "count": 10, "denominator": 0},
                  {"indicatorId": "under-18-conception-rate", "period": "2022/23", "value": 14.4, "count": 40, "denominator": -2800},
                  {"indicatorId": "child-poverty-after-housing-costs", "period": "2021/22", "value": 39.1, "england": 130.8},
                  {"indicatorId": "life-expectancy-male", "period": "2022/23", "value": 78.1, "quality": ["misprint"]}
                ]}""";

        // When it is read against the catalogue
        InvalidJsonException e = assertThrows(InvalidJsonException.class, () ->
                ObservationsJsonReader.read(ObservationsJsonReader.parse(body.getBytes()), LUTON, catalogue));

        // Then each impossible number is named by its path
        assertEquals(List.of("observations[0].value", "observations[1].value", "observations[2].lower95",
                        "observations[3].value", "observations[4].lower95", "observations[5].count",
                        "observations[6].denominator", "observations[7].denominator", "observations[8].england",
                        "observations[9].quality"),
                e.problems().stream().map(FieldProblem::path).toList(), e.getMessage());
    }

    @Test
    void whenRowsCarryQualityCodes_thenEachBecomesAFlagOfItsObservation() throws Exception {
        // Given the bundled observations, which mark adult obesity 2021/22 "suspected-typo;definition-may-differ"
        // When they are read
        var read = TownObservationsReader.read(Path.of("data", "luton", "observations.csv"), LUTON, catalogue);

        // Then that row has both flags, from the data, with the row's note as their detail
        List<QualityFlag> obesity = read.flags().stream()
                .filter(f -> f.observationKey().equals("adult-obesity-rate|E06000032|2021/22|")).toList();
        assertEquals(List.of("suspected-typo", "definition-may-differ"), obesity.stream().map(QualityFlag::code).toList());
        assertTrue(obesity.get(0).detail().contains("probably 67.7%"), obesity.get(0).detail());
        assertEquals(23, read.flags().size(), "one flag per code of every row not 'ok'");
    }
}
