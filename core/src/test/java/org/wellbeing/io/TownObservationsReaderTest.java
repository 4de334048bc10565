package org.wellbeing.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wellbeing.model.TownArea;
import org.wellbeing.io.town.TownObservationsReader;
import org.wellbeing.model.Benchmark;
import org.wellbeing.model.Comparator;
import org.wellbeing.model.Indicator;
import org.wellbeing.model.Observation;
import org.wellbeing.testing.Fixtures;

/** The town's observations reader refuses a bad file whole, naming the row and column of each problem. */
class TownObservationsReaderTest {
    private static final TownArea LUTON = new TownArea("E06000032", "Luton", "East of England");
    private static Set<String> catalogue;

    @BeforeAll
    static void readCatalogue() throws Exception {
        catalogue = CatalogueReader.read(Path.of("data", "luton", "indicators.csv")).stream()
                .map(Indicator::id).collect(Collectors.toSet());
    }

    private static ReadException refused(String fixture) {
        return assertThrows(ReadException.class,
                () -> TownObservationsReader.read(Fixtures.path(fixture), LUTON, catalogue));
    }

    @Test
    void whenRequiredColumnsAreMissing_thenTheFileIsRefusedListingThem() {
        // Given a file whose header lacks the england and nn_of columns
        // When it is read
        ReadException e = refused("town/observations-missing-columns.csv");

        // Then one file-level error lists both missing columns
        assertEquals(List.of(new ReadError("observations-missing-columns.csv", 0, null,
                "missing required columns: england, nn_of")), e.errors());
        assertTrue(e.getMessage().contains("observations-missing-columns.csv: missing required columns: england, nn_of"),
                e.getMessage());
    }

    @Test
    void whenACellIsNotANumber_thenTheErrorNamesTheRowAndTheColumn() {
        // Given a file whose second data row has region "83.8%"
        // When it is read
        ReadException e = refused("town/observations-bad-number.csv");

        // Then exactly that cell is reported, by row and column, quoting the text
        assertEquals(List.of(new ReadError("observations-bad-number.csv", 3, "region", "not a number: '83.8%'")),
                e.errors());
        assertEquals("observations-bad-number.csv:3: column 'region': not a number: '83.8%'",
                e.errors().get(0).toString());
    }

    @Test
    void whenAnIndicatorIdIsNotInTheCatalogue_thenTheRowIsRejected() {
        // Given a file whose second data row names "life-expectancy-mael"
        // When it is read
        ReadException e = refused("town/observations-unknown-indicator.csv");

        // Then the unknown id is reported at its row
        assertEquals(List.of(new ReadError("observations-unknown-indicator.csv", 3, "indicator_id",
                "not in the catalogue: 'life-expectancy-mael'")), e.errors());
    }

    @Test
    void whenTheFileIsValid_thenEachRowGivesAnObservationAndItsThreeBenchmarks() throws Exception {
        // Given a valid file: one row with a rank, one with a neighbour value and a quality code
        // When it is read
        TownObservationsReader.Result result =
                TownObservationsReader.read(Fixtures.path("town/observations-valid.csv"), LUTON, catalogue);

        // Then two observations of Luton, with no CI, and England, region and neighbour benchmarks each
        assertEquals(2, result.observations().size());
        Observation male = result.observations().get(0);
        assertEquals(new Observation("life-expectancy-male", "E06000032", "Luton", "2022/23", "2018-20", "",
                78.1, null, null, null, null, null, null, ""), male);
        assertEquals(List.of(
                new Benchmark(male.key(), Comparator.ENGLAND, 79.4, null, null, "England"),
                new Benchmark(male.key(), Comparator.REGION, 80.2, null, null, "East of England"),
                new Benchmark(male.key(), Comparator.NEIGHBOURS, null, 6, 16, "nearest neighbours")),
                result.benchmarks().subList(0, 3));
        Observation wage = result.observations().get(1);
        assertEquals("quality: suspected-typo. neighbour value from Leicester", wage.note());
        assertEquals(new Benchmark(wage.key(), Comparator.NEIGHBOURS, 68.2, null, null, "nearest neighbours' value"),
                result.benchmarks().get(5));
    }

    @Test
    void theBundledObservationsAreRead() throws Exception {
        // Given data/luton/observations.csv
        // When it is read
        TownObservationsReader.Result result = TownObservationsReader.read(
                Path.of("data", "luton", "observations.csv"), LUTON, catalogue);

        // Then 108 rows, three benchmarks each
        assertEquals(108, result.observations().size());
        assertEquals(3 * 108, result.benchmarks().size());
    }
}
