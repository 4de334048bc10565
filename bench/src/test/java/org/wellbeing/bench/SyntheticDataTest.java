package org.wellbeing.bench;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wellbeing.io.CatalogueReader;
import org.wellbeing.io.town.TownDataset;
import org.wellbeing.io.town.TownDatasetReader;
import org.wellbeing.model.Benchmark;
import org.wellbeing.model.Comparator;
import org.wellbeing.model.Indicator;
import org.wellbeing.model.Observation;

/** The synthetic data set: deterministic for a seed, in the town's shape, readable as town data. */
class SyntheticDataTest {

    static List<Indicator> catalogue() throws Exception {
        return CatalogueReader.read(Path.of("data", "luton", "indicators.csv"));
    }

    @Test
    void the_same_seed_gives_the_same_facts() throws Exception {
        List<Indicator> catalogue = catalogue();

        SyntheticData.Dataset a = SyntheticData.generate(catalogue, 3, 5, 7L);
        SyntheticData.Dataset b = SyntheticData.generate(catalogue, 3, 5, 7L);

        assertEquals(a, b);
        assertEquals(a.facts().observations(), b.facts().observations());
        assertEquals(a.facts().benchmarks(), b.facts().benchmarks());
    }

    @Test
    void another_seed_gives_other_values() throws Exception {
        List<Indicator> catalogue = catalogue();

        List<Observation> a = SyntheticData.generate(catalogue, 2, 5, 7L).facts().observations();
        List<Observation> b = SyntheticData.generate(catalogue, 2, 5, 8L).facts().observations();

        assertNotEquals(a, b);
    }

    @Test
    void an_area_has_the_same_data_whatever_the_number_of_areas() throws Exception {
        List<Indicator> catalogue = catalogue();

        SyntheticData.Dataset few = SyntheticData.generate(catalogue, 2, 5, 7L);
        SyntheticData.Dataset more = SyntheticData.generate(catalogue, 5, 5, 7L);

        assertEquals(few.facts().observations(), more.facts().observations().subList(0, few.observationCount()));
    }

    @Test
    void every_area_has_every_indicator_in_every_period_with_its_benchmarks() throws Exception {
        List<Indicator> catalogue = catalogue();

        SyntheticData.Dataset data = SyntheticData.generate(catalogue, 4, 5, 7L);

        assertEquals(4 * catalogue.size() * 5, data.observationCount());
        assertEquals(List.of("2019", "2020", "2021", "2022", "2023"), data.periods());
        Set<String> areas = data.facts().observations().stream().map(Observation::areaCode).collect(Collectors.toSet());
        assertEquals(Set.of("E99000001", "E99000002", "E99000003", "E99000004"), areas);
        // England, region and neighbours given per observation; the goal benchmark filled in by Facts
        assertEquals(4 * data.observationCount(), data.facts().benchmarks().size());
        long withRank = data.facts().benchmarks().stream().filter(Benchmark::hasRank).count();
        assertTrue(withRank > data.observationCount() * 0.8, "most observations have a neighbour rank: " + withRank);
    }

    @Test
    void most_observations_have_a_value_a_95_percent_ci_a_count_and_a_denominator() throws Exception {
        SyntheticData.Dataset data = SyntheticData.generate(catalogue(), 10, 5, 7L);

        List<Observation> observations = data.facts().observations();
        long complete = observations.stream().filter(o -> o.value() != null && o.hasCi95() && o.hasCi998()
                && o.count() != null && o.denominator() != null).count();
        long noValue = observations.stream().filter(o -> o.value() == null).count();
        long noCi = observations.stream().filter(o -> o.value() != null && !o.hasCi95()).count();
        assertTrue(complete > observations.size() * 0.9, "complete: " + complete + " of " + observations.size());
        assertTrue(noValue > 0, "some values are missing so that 'not compared' rules run");
        assertTrue(noCi > 0, "some CIs are missing so that the tolerance rules run");
        assertTrue(observations.stream().filter(o -> o.value() != null && o.hasCi95())
                .allMatch(o -> o.lower95() <= o.value() && o.value() <= o.upper95()), "values lie inside their CIs");
    }

    @Test
    void the_written_directories_read_back_as_town_data(@TempDir Path dir) throws Exception {
        SyntheticData.Dataset data = SyntheticData.generate(catalogue(), 2, 3, 7L);

        List<Path> written = SyntheticDataWriter.write(data, dir);

        assertEquals(List.of(dir.resolve("E99000001"), dir.resolve("E99000002")), written);
        TownDataset town = TownDatasetReader.read(written.get(1));
        assertEquals("E99000002", town.area().code());
        assertEquals(data.indicators(), town.indicators());
        List<Observation> expected = data.facts().observations().stream()
                .filter(o -> o.areaCode().equals("E99000002")).toList();
        assertEquals(expected.size(), town.facts().observations().size());
        for (int i = 0; i < expected.size(); i++) {
            Observation e = expected.get(i), read = town.facts().observations().get(i);
            assertEquals(e.key(), read.key());
            assertEquals(e.value(), read.value());
        }
        Benchmark england = town.facts().benchmarks().stream()
                .filter(b -> b.observationKey().equals(expected.get(0).key()) && b.comparator() == Comparator.ENGLAND)
                .findFirst().orElseThrow();
        Benchmark generated = data.facts().benchmarks().stream()
                .filter(b -> b.observationKey().equals(expected.get(0).key()) && b.comparator() == Comparator.ENGLAND)
                .findFirst().orElseThrow();
        assertEquals(generated.value(), england.value());
    }
}
