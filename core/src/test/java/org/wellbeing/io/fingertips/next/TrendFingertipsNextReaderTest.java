package org.wellbeing.io.fingertips.next;

import static org.junit.jupiter.api.Assertions.*;

import java.io.StringReader;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.wellbeing.stats.TrendPoint;

/** Reading the 15-column FingertipsNext extract: by column name, BOM-safe, swapped category headers put right. */
class TrendFingertipsNextReaderTest {

    static final String HEADER = "\uFEFFIndicatorId,Year,AgeID,SexID,AreaCode,Count,Value,LowerCI,UpperCI,Denominator,"
            + "Trend,Sex,Age,CategoryType,Category\n";

    @Test
    void readsRowsByNameSkippingTheBom() {
        String csv = HEADER
                + "93085,2022,1,2,E06000008,213,11,9.72,12.52,1929,\"\",Female,All ages,\"\",\"\"\n"
                + "93085,2023,1,2,E06000008,151,7.6,6.48153,8.80411,1997,Decreasing and getting better,Female,All ages,\"\",\"\"\n"
                + "20401,2019,173,2,E92000001,1871,20.45904,19.5424,21.40758,91451,\"\",Female,<18 yrs,"
                + "Most deprived decile (IMD2019),\"\"\"County & UA deprivation deciles in England (IMD2019, 4/21 geography)\"\"\"\n"
                + "352,2018,1,4,E06000008,386.8894732,18.98,,,2037.588166,\"\",Persons,All ages,\"\",\"\"\n";
        List<FingertipsNextRow> rows = FingertipsNextReader.read(new StringReader(csv), "test.csv");
        assertEquals(4, rows.size());

        FingertipsNextRow bwd = rows.get(1);
        assertEquals("93085", bwd.indicatorId());
        assertEquals(2023, bwd.year());
        assertEquals("E06000008", bwd.areaCode());
        assertEquals(151.0, bwd.count());
        assertEquals(1997.0, bwd.denominator());
        assertEquals(7.6, bwd.value());
        assertEquals(6.48153, bwd.lower95());
        assertEquals(8.80411, bwd.upper95());
        assertEquals("Decreasing and getting better", bwd.trend());
        assertEquals("", rows.get(0).trend());
        assertEquals("", bwd.category());
        assertEquals(new TrendPoint(2023, 1, 7.6, 6.48153, 8.80411, 151.0, 1997.0), bwd.toTrendPoint());

        FingertipsNextRow decile = rows.get(2);
        assertEquals("Most deprived decile (IMD2019)", decile.category());
        assertEquals("County & UA deprivation deciles in England (IMD2019, 4/21 geography)", decile.categoryType());

        assertNull(rows.get(3).lower95());
        assertNull(rows.get(3).upper95());
    }

    @Test
    void columnOrderDoesNotMatterAndNoBomIsFine() {
        String csv = "Value,IndicatorId,Year,AreaCode,AgeID,SexID,Count,Denominator,LowerCI,UpperCI,Trend,Category,CategoryType\n"
                + "7.6,93085,2023,E06000008,1,2,151,1997,6.48153,8.80411,,,\n";
        FingertipsNextRow r = FingertipsNextReader.read(new StringReader(csv), "t").get(0);
        assertEquals(7.6, r.value());
        assertEquals("", r.sex());
    }

    @Test
    void aMissingColumnIsNamed() {
        String csv = "IndicatorId,Year,AgeID,SexID,AreaCode,Count,Value,LowerCI,UpperCI,Trend,CategoryType,Category\n";
        FingertipsNextFormatException e = assertThrows(FingertipsNextFormatException.class,
                () -> FingertipsNextReader.read(new StringReader(csv), "bad.csv"));
        assertTrue(e.getMessage().startsWith("bad.csv:1: missing column(s) [Denominator]"), e.getMessage());
    }

    @Test
    void aBadNumberNamesLineAndColumn() {
        String csv = HEADER
                + "93085,2022,1,2,E06000008,213,11,9.72,12.52,1929,,Female,All ages,,\n"
                + "93085,2023,1,2,E06000008,151,seven,6.48153,8.80411,1997,,Female,All ages,,\n";
        FingertipsNextFormatException e = assertThrows(FingertipsNextFormatException.class,
                () -> FingertipsNextReader.read(new StringReader(csv), "bad.csv"));
        assertEquals("bad.csv:3: column 'Value': 'seven' is not a number", e.getMessage());
        assertEquals(3, e.line());
        assertEquals("Value", e.column());
    }

    @Test
    void aBadYearIsRefused() {
        String csv = HEADER + "93085,2019/20,1,2,E06000008,213,11,9.72,12.52,1929,,Female,All ages,,\n";
        FingertipsNextFormatException e = assertThrows(FingertipsNextFormatException.class,
                () -> FingertipsNextReader.read(new StringReader(csv), "bad.csv"));
        assertEquals("bad.csv:2: column 'Year': '2019/20' is not a whole number", e.getMessage());
    }

    @Test
    void malformedCsvIsAFormatError() {
        String csv = HEADER + "93085,2023,1,2,E06000008,151,\"7.6,6.48153,8.80411,1997,,Female,All ages,,\n";
        FingertipsNextFormatException e = assertThrows(FingertipsNextFormatException.class,
                () -> FingertipsNextReader.read(new StringReader(csv), "bad.csv"));
        assertTrue(e.getMessage().startsWith("bad.csv: malformed CSV"), e.getMessage());

        String noName = "IndicatorId,,Year\n1,2,2020\n";
        FingertipsNextFormatException h = assertThrows(FingertipsNextFormatException.class,
                () -> FingertipsNextReader.read(new StringReader(noName), "bad.csv"));
        assertTrue(h.getMessage().startsWith("bad.csv:1: bad header"), h.getMessage());
    }

    @Test
    void groupsIntoSeriesAndHandlesDuplicateRows() {
        String csv = HEADER
                + "93085,2018,1,2,E38000228,394,12.5,11.4,13.7,3152,,Female,All ages,,\n"
                + "93085,2018,1,2,E38000228,394,12.5,11.4,13.7,3152,,Female,All ages,,\n"   // an exact copy
                + "93085,2019,1,2,E38000228,266,9.6,8.6,10.8,2762,,Female,All ages,,\n"
                + "93085,2019,1,2,E38000200,119,13.9,11.8,16.4,855,,Female,All ages,,\n"  // another area
                + "94063,2022,1,4,E92000001,9585,55.53,54.79,56.27,17260,,Persons,All ages,,\n"
                + "94063,2022,1,4,E92000001,9585,55.58,54.84,56.32,17245,,Persons,All ages,,\n" // two different rows
                + "94063,2023,1,4,E92000001,11065,63.43,62.71,64.14,17445,Cannot be calculated,Persons,All ages,,\n";
        List<FingertipsNextSeries> series = FingertipsNextSeries.group(FingertipsNextReader.read(new StringReader(csv), "t"));
        assertEquals(3, series.size());

        FingertipsNextSeries sub = series.get(0);
        assertEquals("E38000228", sub.key().areaCode());
        assertEquals(java.util.Set.of(2018), sub.duplicatedYears());
        assertTrue(sub.conflictingYears().isEmpty());
        assertEquals(List.of(2018, 2019), sub.trendPoints().stream().map(TrendPoint::year).toList());
        assertTrue(sub.officialTrend().isEmpty());

        FingertipsNextSeries england = series.get(2);
        assertEquals(java.util.Set.of(2022), england.conflictingYears());
        assertEquals(List.of(2023), england.trendPoints().stream().map(TrendPoint::year).toList());
        assertEquals("Cannot be calculated", england.officialTrend().orElseThrow());
        assertEquals(2023, england.latestYear());
    }
}
