package org.wellbeing.io.fingertips.next;

import static org.junit.jupiter.api.Assertions.*;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wellbeing.model.ComparisonMethod;
import org.wellbeing.model.Polarity;
import org.wellbeing.stats.ChiSquaredCut;
import org.wellbeing.stats.TrendStatistic;
import org.wellbeing.testing.SharedFiles;

/**
 * Our recent-trend statistics against the official labels in the FingertipsNext extract (SOURCES.md, file 4).
 * The labeller lives here, in the test only: the engine's labels come from the Drools rules.
 */
class TrendParityTest {

    static final String FILE = "fingertipsnext_NW_healthdata_2018-2024_official_recent_trend.csv";

    /** Fingertips' cut, 9.5495 (99.8% point of chi-squared with 1 df). */
    static final double CUT = ChiSquaredCut.upperPoint(0.998, 1);

    /**
     * Test-only labeller: significant when chi² > 9.5495 and all six slopes agree; direction by the slope's sign
     * (Fingertips: slope > 0 increasing, else decreasing); better/worse through polarity; none without polarity.
     */
    static final BiFunction<TrendStatistic, Polarity, String> LABELLER = (s, polarity) -> {
        if (!s.isCalculated()) return "Cannot be calculated";
        if (!(s.chiSquared() > CUT && s.allSlopesAgree())) return "No significant change";
        boolean up = s.slope() > 0;
        String direction = up ? "Increasing" : "Decreasing";
        if (polarity == null || polarity == Polarity.NO_JUDGEMENT) return direction;
        boolean better = up == (polarity == Polarity.HIGH_IS_GOOD);
        return direction + (better ? " and getting better" : " and getting worse");
    };

    /**
     * Polarities of the file-4 indicators with labels. 93085 (smoking at time of delivery) is low-is-good per
     * SOURCES.md; the others are read off the official labels in the file: "Increasing and getting worse" or
     * "Decreasing and getting better" means low is good, "Increasing and getting better" or "Decreasing and getting
     * worse" high is good, and bare "Increasing"/"Decreasing" no judgement. Indicators with only "No significant
     * change" or "Cannot be calculated" labels are left out (null): their polarity cannot be read off.
     * {@link #polaritiesAgreeWithEveryOfficialLabel} checks this map against the file.
     */
    static final Map<String, Polarity> POLARITY = Map.ofEntries(
            Map.entry("93085", Polarity.LOW_IS_GOOD),   // smoking at time of delivery (SOURCES.md)
            Map.entry("22401", Polarity.LOW_IS_GOOD),   // falls 65+: decreasing and getting better
            Map.entry("93763", Polarity.LOW_IS_GOOD),   // alcohol-related mortality: increasing and getting worse
            Map.entry("93701", Polarity.LOW_IS_GOOD),   // children in absolute low-income families
            Map.entry("41203", Polarity.LOW_IS_GOOD),   // sight loss: increasing and getting worse
            Map.entry("20401", Polarity.LOW_IS_GOOD),   // decreasing and getting better (4 years only here)
            Map.entry("93124", Polarity.LOW_IS_GOOD),   // decreasing and getting better (4 years only here)
            Map.entry("93015", Polarity.LOW_IS_GOOD),   // increasing and getting worse
            Map.entry("30302", Polarity.HIGH_IS_GOOD),  // Hep B vaccination: increasing and getting better
            Map.entry("91040", Polarity.HIGH_IS_GOOD),  // increasing and getting better / decreasing and getting worse
            Map.entry("241", Polarity.NO_JUDGEMENT),    // diabetes QOF prevalence: Increasing
            Map.entry("247", Polarity.NO_JUDGEMENT),    // dementia QOF prevalence: Increasing / Decreasing
            Map.entry("93474", Polarity.NO_JUDGEMENT),  // deaths in hospital
            Map.entry("91894", Polarity.NO_JUDGEMENT),  // dementia deaths in hospital
            Map.entry("92266", Polarity.NO_JUDGEMENT),  // general fertility rate
            Map.entry("94035", Polarity.NO_JUDGEMENT)); // cataract surgery

    /** Proportions and crude rates among the labelled indicators (SOURCES.md): the ones Armitage can be tried on. */
    static final Set<String> PROPORTIONS_AND_CRUDE_RATES =
            Set.of("241", "247", "93085", "93474", "91894", "93701", "30302", "92266", "41203");

    static List<FingertipsNextSeries> series;

    /** The shared extract, read once; a missing file fails every test that needs it (see {@link SharedFiles}). */
    @BeforeAll
    static void load() {
        series = FingertipsNextSeries.group(FingertipsNextReader.read(SharedFiles.fingertips(FILE)));
    }

    static Polarity polarity(String indicatorId) { return POLARITY.get(indicatorId); }

    @Test
    void theWholeFileIsRead() {
        assertEquals(44_452, series.stream().mapToInt(s -> s.rows().size()).sum());
        assertEquals(9_478, series.size());
    }

    /**
     * The series SOURCES.md's recomputation check used: the last five rows of the series, sorted by year, are five
     * consecutive years. This keeps a series whose oldest year of the five has a second (copied) row, because the
     * copy falls just outside the last five rows (19 series of 91894), and drops one with copies in a later year.
     */
    static boolean inSourcesCheck(FingertipsNextSeries s) {
        List<FingertipsNextRow> rows = s.rows();   // sorted by year
        if (rows.size() < 5) return false;
        List<FingertipsNextRow> last = rows.subList(rows.size() - 5, rows.size());
        for (int i = 1; i < 5; i++) if (last.get(i).year() != last.get(0).year() + i) return false;
        return true;
    }

    static TrendParity regression(TrendParity.Duplicates duplicates) {
        return new TrendParity(id -> ComparisonMethod.CONFIDENCE_INTERVALS, TrendParityTest::polarity, LABELLER, duplicates);
    }

    @Test
    void regressionReproducesEveryOfficialLabelOnTheSourcesCheckSeries() {
        // The headline figure: SOURCES.md's 1,048 series, all reproduced.
        List<FingertipsNextSeries> checked = series.stream().filter(TrendParityTest::inSourcesCheck).toList();
        TrendParity.ParityReport report = regression(TrendParity.Duplicates.COLLAPSE_IDENTICAL).run(checked);
        System.out.println("Regression, SOURCES.md check series:\n" + report.summary());
        assertEquals("1048/1048", report.figure(), report.summary());
    }

    @Test
    void regressionReproducesEveryLabelWhereTheLatestFiveYearsHaveOneRowEach() {
        // Stricter: no year of the latest five has two rows, copies or not. 19 series of 91894 drop out.
        TrendParity.ParityReport report = regression(TrendParity.Duplicates.EXCLUDE).run(series);
        System.out.println("Regression, no duplicated rows in the latest 5 years:\n" + report.summary());
        assertEquals("1029/1029", report.figure(), report.summary());
    }

    @Test
    void withExactCopiesCountedOnceTwoSubIcbSeriesDiffer() {
        // Counting exact duplicate rows once lets more series in (1,112). Two of them differ: NHS sub-ICBs of 93085
        // whose 2018-2020 rows appear twice (DataCreator read two source files). For E38000228 the 2019-2023 values
        // 9.63, 9.7, 8.6, 10.4, 8.5 give chi² 0.90 while the official label is "Decreasing and getting better";
        // the official calculation must have used other data for these areas.
        TrendParity.ParityReport report = regression(TrendParity.Duplicates.COLLAPSE_IDENTICAL).run(series);
        System.out.println("Regression, exact copies counted once:\n" + report.summary());
        assertEquals("1110/1112", report.figure(), report.summary());
        assertEquals(Set.of("E38000200", "E38000228"),
                report.mismatches().stream().map(m -> m.key().areaCode()).collect(Collectors.toSet()));
    }

    @Test
    void armitageOnProportionsAndCrudeRatesMissesEight() {
        // SOURCES.md: Armitage agrees with 686 of the 694 proportion and crude-rate series; the regression with all.
        List<FingertipsNextSeries> props = series.stream().filter(TrendParityTest::inSourcesCheck)
                .filter(s -> PROPORTIONS_AND_CRUDE_RATES.contains(s.key().indicatorId())).toList();
        TrendParity armitage = new TrendParity(id -> ComparisonMethod.CONTROL_LIMITS_PROPORTIONS,
                TrendParityTest::polarity, LABELLER, TrendParity.Duplicates.COLLAPSE_IDENTICAL);
        TrendParity.ParityReport report = armitage.run(props);
        System.out.println("Armitage on proportions and crude rates:\n" + report.summary());
        assertEquals("686/694", report.figure(), report.summary());
        assertEquals(List.of("241 E07000124", "247 N81049", "92266 E08000001", "93085 E07000122", "93085 E07000123",
                        "93474 E92000001 Third more deprived decile (IMD2019)",
                        "93701 E92000001 Fifth less deprived decile (IMD2019)",
                        "93701 E92000001 Fifth more deprived decile (IMD2019)"),
                report.mismatches().stream().map(m -> (m.key().indicatorId() + " " + m.key().areaCode() + " "
                        + m.key().category()).trim()).sorted().toList());

        TrendParity regression = regression(TrendParity.Duplicates.COLLAPSE_IDENTICAL);
        assertEquals("694/694", regression.run(props).figure());

        // Where the two tests give different labels, it is exactly in those 8 series.
        long disagree = props.stream().filter(s -> regression.whyNotCompared(s).isEmpty())
                .filter(s -> !LABELLER.apply(regression.statistic(s), polarity(s.key().indicatorId()))
                        .equals(LABELLER.apply(armitage.statistic(s), polarity(s.key().indicatorId()))))
                .count();
        assertEquals(8, disagree);
    }

    @Test
    void blackburnWithDarwenFromTheFile() {
        // 93085 E06000008 Female (SexID 2): counts/denominators 2019-2023 239/1966, 218/1968, 225/1944, 213/1929,
        // 151/1997; official "Decreasing and getting better". Values and CIs from the file: see
        // TrendRegressionTest.blackburnWithDarwen (chi² 22.99, slope −1.014 a year, all slopes negative).
        FingertipsNextSeries bwd = series.stream()
                .filter(s -> s.key().equals(new SeriesKey("93085", "E06000008", "2", "1", "", ""))).findFirst()
                .orElseThrow();
        assertEquals("Decreasing and getting better", bwd.officialTrend().orElseThrow());
        assertEquals(org.wellbeing.stats.TrendFixtures.blackburnWithDarwen(), bwd.trendPoints());
        TrendParity parity = new TrendParity(id -> ComparisonMethod.CONFIDENCE_INTERVALS, TrendParityTest::polarity,
                LABELLER, TrendParity.Duplicates.EXCLUDE);
        assertTrue(parity.whyNotCompared(bwd).isEmpty());
        TrendStatistic s = parity.statistic(bwd);
        assertEquals(22.9865, s.chiSquared(), 1e-4);
        assertEquals("Decreasing and getting better", LABELLER.apply(s, Polarity.LOW_IS_GOOD));
    }

    @Test
    void polaritiesAgreeWithEveryOfficialLabel() {
        for (FingertipsNextSeries s : series) {
            for (FingertipsNextRow r : s.rows()) {
                String t = r.trend();
                Polarity p = POLARITY.get(r.indicatorId());
                if (t.endsWith("getting better") || t.endsWith("getting worse")) {
                    boolean up = t.startsWith("Increasing"), better = t.endsWith("better");
                    assertEquals(up == better ? Polarity.HIGH_IS_GOOD : Polarity.LOW_IS_GOOD, p, r.toString());
                } else if (t.equals("Increasing") || t.equals("Decreasing")) {
                    assertEquals(Polarity.NO_JUDGEMENT, p, r.toString());
                }
            }
        }
    }

    @Test
    void harnessOnASmallFile() {
        // Works without the shared file: one comparable series, one CBC, one with a gap, one with a mismatch.
        String h = "IndicatorId,Year,AgeID,SexID,AreaCode,Count,Value,LowerCI,UpperCI,Denominator,Trend,Sex,Age,CategoryType,Category\n";
        StringBuilder csv = new StringBuilder(h);
        double[] v = {10, 12, 11, 15, 17};
        for (int i = 0; i < 5; i++) {
            String label = i == 4 ? "Increasing and getting worse" : "";
            csv.append(String.format("1,%d,1,4,A,%d,%s,%s,%s,100,%s,,,,%n", 2019 + i, 10 + i, v[i], v[i] - 1.96, v[i] + 1.96, label));
            csv.append(String.format("2,%d,1,4,A,%d,%s,%s,%s,100,%s,,,,%n", 2019 + i, 10 + i, v[i], v[i] - 1.96, v[i] + 1.96,
                    i == 4 ? "Cannot be calculated" : ""));
            if (i != 2) {
                csv.append(String.format("3,%d,1,4,A,%d,%s,%s,%s,100,%s,,,,%n", 2019 + i, 10 + i, v[i], v[i] - 1.96, v[i] + 1.96,
                        i == 4 ? "Increasing" : ""));
            }
            csv.append(String.format("4,%d,1,4,A,%d,%s,%s,%s,100,%s,,,,%n", 2019 + i, 10 + i, v[i], v[i] - 1.96, v[i] + 1.96,
                    i == 4 ? "No significant change" : ""));
        }
        List<FingertipsNextSeries> small = FingertipsNextSeries.group(
                FingertipsNextReader.read(new StringReader(csv.toString()), "small"));
        TrendParity parity = new TrendParity(id -> ComparisonMethod.CONFIDENCE_INTERVALS,
                id -> Polarity.LOW_IS_GOOD, LABELLER, TrendParity.Duplicates.EXCLUDE);
        TrendParity.ParityReport r = parity.run(small);
        assertEquals("1/2", r.figure());
        assertEquals(Map.of("official label is Cannot be calculated", 1, "fewer than 5 years", 1), r.notCompared());
        assertEquals("4", r.mismatches().get(0).key().indicatorId());
        assertEquals("Increasing and getting worse", r.mismatches().get(0).computed());
    }
}
