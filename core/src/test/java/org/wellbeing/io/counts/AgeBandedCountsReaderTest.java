package org.wellbeing.io.counts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringReader;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wellbeing.io.ReadException;

class AgeBandedCountsReaderTest {

    @Test
    void rows_are_grouped_by_area_indicator_and_period_with_frequencies_where_given() throws Exception {
        String csv = "area_code,indicator_id,period,age_band,count,population,f1,f2\n"
                + "A,hip,2022/23,85-89,5,1000,3,1\n"
                + "A,hip,2022/23,90+,,500,,\n"
                + "B,hip,2022/23,85-89,1,900,1,0\n";
        List<AgeBandedCounts> groups = AgeBandedCountsReader.read(new StringReader(csv), "bands.csv");
        assertEquals(2, groups.size());
        AgeBandedCounts a = groups.get(0);
        assertEquals("A|hip|2022/23", a.key());
        assertEquals(2, a.bands().size());
        assertEquals(Arrays.asList(3.0, 1.0), a.bands().get(0).frequencies());
        assertEquals(5.0, a.bands().get(0).events());
        assertEquals(0.0, a.bands().get(1).events());
        assertEquals(4, groups.get(1).firstRow(), "the file line of B's first row (header = line 1)");
    }

    @Test
    void a_negative_count_a_population_of_0_a_bad_band_and_a_repeated_band_are_refused_each_named() {
        String csv = "area_code,indicator_id,period,age_band,count,population\n"
                + "A,hip,2022/23,85-89,-1,1000\n"
                + "A,hip,2022/23,90+,2,0\n"
                + "A,hip,2022/23,old,2,10\n"
                + "A,hip,2022/23,85-89,2,10\n";
        ReadException e = assertThrows(ReadException.class, () -> AgeBandedCountsReader.read(new StringReader(csv), "bands.csv"));
        List<String> errors = e.errors().stream().map(Object::toString).toList();
        assertEquals(List.of(
                "bands.csv:2: column 'count': must be 0 or more, got -1",
                "bands.csv:3: column 'population': must be above 0, got 0",
                "bands.csv:4: column 'age_band': age band 'old' does not start with an age (e.g. 0-4, 90+)",
                "bands.csv:5: column 'age_band': age band '85-89' repeated for A, hip, 2022/23"), errors);
    }

    @Test
    void a_file_without_the_layout_is_refused() {
        ReadException e = assertThrows(ReadException.class,
                () -> AgeBandedCountsReader.read(new StringReader("area,count\nA,1\n"), "bands.csv"));
        assertEquals(true, e.getMessage().contains("missing required columns: area_code, indicator_id, period, age_band, population"),
                e.getMessage());
    }
}
