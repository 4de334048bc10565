package org.wellbeing.io.fingertips;

import org.junit.jupiter.api.Test;
import org.wellbeing.model.Benchmark;
import org.wellbeing.model.Comparator;
import org.wellbeing.model.Observation;

import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;
import static org.wellbeing.io.fingertips.SharedFingertips.*;

class FingertipsConverterTest {

    private static FingertipsFacts convert(String sharedFile) throws IOException {
        return FingertipsConverter.convert(new FingertipsCsvReader().read(file(sharedFile)).rowsOrThrow());
    }

    private static Observation find(FingertipsFacts facts, String area, String period, String breakdown) {
        return facts.observations().stream()
                .filter(o -> o.areaCode().equals(area) && o.period().equals(period) && o.breakdown().equals(breakdown))
                .findFirst().orElseThrow();
    }

    @Test
    void a_luton_row_becomes_an_observation_with_england_region_and_neighbour_benchmarks() throws IOException {
        FingertipsFacts facts = convert(CAMPYLOBACTER);

        Observation luton = find(facts, "E06000032", "2017", "Persons|All ages||");
        assertEquals("93356|E06000032|2017|Persons|All ages||", luton.key());
        assertEquals("Luton", luton.areaName());
        assertEquals("2017", luton.timePeriod());
        assertTrue(luton.hasCi95());
        assertFalse(luton.hasCi998());
        assertNotNull(luton.count());
        assertNotNull(luton.denominator());

        Benchmark england = facts.benchmark(luton.key(), Comparator.ENGLAND).orElseThrow();
        Observation englandRow = FingertipsConverter.observation(new FingertipsCsvReader().read(file(CAMPYLOBACTER))
                .rowsOrThrow().stream().filter(r -> r.isEngland() && !r.hasCategory() && r.timePeriod().equals("2017")
                        && r.age().equals("All ages")).findFirst().orElseThrow());
        assertEquals(englandRow.value(), england.value());
        assertEquals("England (E92000001)", england.source());

        Benchmark region = facts.benchmark(luton.key(), Comparator.REGION).orElseThrow();
        assertNotNull(region.value());
        assertEquals("East of England region (E12000006)", region.source());

        Benchmark neighbours = facts.benchmark(luton.key(), Comparator.NEIGHBOURS).orElseThrow();
        assertNull(neighbours.value());
        assertEquals("no neighbour group in the file", neighbours.source());

        OfficialLabels labels = facts.labels(luton.key()).orElseThrow();
        assertEquals("Better", labels.comparedToEngland());
        assertEquals("Cannot be calculated", labels.recentTrend());
        assertTrue(labels.origin().startsWith(CAMPYLOBACTER + ":"), labels.origin());
    }

    @Test
    void england_whole_population_rows_are_observed_with_no_england_or_region_benchmark() throws IOException {
        FingertipsFacts facts = convert(CAMPYLOBACTER);

        List<Observation> england = facts.observations().stream()
                .filter(o -> o.areaCode().equals(FingertipsRow.ENGLAND) && o.breakdown().endsWith("||")).toList();
        assertEquals(5, england.size(), "England's 5 whole-population rows");
        for (Observation o : england) {
            assertNull(facts.benchmark(o.key(), Comparator.ENGLAND).orElseThrow().value());
            assertEquals("the area is England itself", facts.benchmark(o.key(), Comparator.ENGLAND).orElseThrow().source());
        }
        assertEquals(852, facts.observations().size());
        assertEquals(3 * facts.observations().size(), facts.benchmarks().size());
        assertEquals(List.of(), facts.duplicates());
    }

    @Test
    void englands_category_rows_are_compared_with_englands_whole_population_value() throws IOException {
        FingertipsFacts facts = convert(OBESITY);

        Observation decile = facts.observations().stream()
                .filter(o -> o.areaCode().equals(FingertipsRow.ENGLAND) && o.period().equals("2023/24")
                        && o.breakdown().startsWith("Persons|18+ yrs|LSOA11 deprivation deciles"))
                .findFirst().orElseThrow();
        Benchmark england = facts.benchmark(decile.key(), Comparator.ENGLAND).orElseThrow();
        assertEquals("England (E92000001), whole population", england.source());
        Observation whole = FingertipsConverter.observation(new FingertipsCsvReader().read(file(OBESITY)).rowsOrThrow()
                .stream().filter(r -> r.isEngland() && !r.hasCategory() && r.timePeriod().equals("2023/24")
                        && r.sex().equals("Persons") && r.age().equals("18+ yrs")).findFirst().orElseThrow());
        assertEquals(whole.value(), england.value());
        Benchmark region = facts.benchmark(decile.key(), Comparator.REGION).orElseThrow();
        assertNull(region.value());
        assertEquals("England has no region", region.source());
    }

    @Test
    void a_region_has_no_region_benchmark_and_a_missing_parent_row_is_named() throws IOException {
        FingertipsFacts facts = convert(CAMPYLOBACTER);

        Observation region = find(facts, "E12000006", "2017", "Persons|All ages||");
        Benchmark regionOfRegion = facts.benchmark(region.key(), Comparator.REGION).orElseThrow();
        assertNull(regionOfRegion.value());
        assertTrue(regionOfRegion.source().startsWith("the area is a region"), regionOfRegion.source());

        Observation child = find(facts, "E06000032", "2016", "Persons|0-9 yrs||");
        Benchmark noParentRow = facts.benchmark(child.key(), Comparator.REGION).orElseThrow();
        assertNull(noParentRow.value());
        assertEquals("no row for parent E12000006 with the same period, sex, age and category in " + CAMPYLOBACTER,
                noParentRow.source());
    }

    @Test
    void an_authority_whose_parent_in_the_file_is_england_is_not_called_a_region() throws IOException {
        // Given the obesity download, made with England as the parent area type: Luton's parent is E92000001
        FingertipsFacts facts = convert(OBESITY);

        // Then Luton (a unitary authority) has no region benchmark, and the reason says why without calling it a region
        Observation luton = find(facts, "E06000032", "2023/24", "Persons|18+ yrs||");
        Benchmark region = facts.benchmark(luton.key(), Comparator.REGION).orElseThrow();
        assertNull(region.value());
        assertFalse(region.source().contains("is a region"), region.source());
        assertTrue(region.source().startsWith("the file gives England as the area's parent"), region.source());
    }

    @Test
    void the_27_column_layout_has_no_region_label() throws IOException {
        FingertipsFacts facts = convert(OBESITY);

        Observation luton = find(facts, "E06000032", "2023/24", "Persons|18+ yrs||");
        OfficialLabels labels = facts.labels(luton.key()).orElseThrow();
        assertEquals("", labels.comparedToRegion());
        assertFalse(labels.comparedToEngland().isEmpty());
    }

    @Test
    void a_repeated_observation_key_keeps_the_first_row_and_names_the_other() throws IOException {
        List<FingertipsRow> rows = new FingertipsCsvReader().read(fixture("fingertips/valid_26_columns.csv")).rowsOrThrow();
        FingertipsFacts facts = FingertipsConverter.convert(List.of(rows.get(0), rows.get(2), rows.get(2)));

        assertEquals(2, facts.observations().size(), "row 1 (England) and row 3, once");
        assertEquals(List.of("valid_26_columns.csv:4"), facts.duplicates(), "the third data row is on line 4");
    }
}
