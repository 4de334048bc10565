package org.wellbeing.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.wellbeing.testing.Fixtures;
import org.junit.jupiter.params.provider.CsvSource;
import org.wellbeing.io.CatalogueReader;
import org.wellbeing.model.Benchmark;
import org.wellbeing.model.Comparator;
import org.wellbeing.model.Indicator;
import org.wellbeing.model.Observation;
import org.wellbeing.model.SuppliedTrend;

/** Reading scenario files: the format's defaults, and one fixture per invalid case naming file, line and path. */
class ScenarioReaderTest {
    private static final Path FIXTURES = Fixtures.path("scenarios");
    private static ScenarioReader reader;

    @BeforeAll
    static void catalogue() throws Exception {
        List<Indicator> catalogue = CatalogueReader.read(Path.of("data", "luton", "indicators.csv"));
        reader = new ScenarioReader(catalogue, "data/luton/indicators.csv");
    }

    private static List<Scenario> read(String fixture) throws Exception {
        Path file = FIXTURES.resolve(fixture);
        return reader.read(fixture, Files.readString(file, StandardCharsets.UTF_8));
    }

    @Test
    void whenAScenarioUsesACatalogueEntry_thenOverriddenFieldsReplaceTheCatalogues() throws Exception {
        Scenario s = read("valid.yaml").get(0);

        Indicator i = s.indicators().get(0);
        assertEquals("mmr-copy", i.id());
        assertEquals(80.0, i.goalLower());
        assertEquals("Vaccinations: MMR (% 2 year olds)", i.name());
        assertEquals(org.wellbeing.model.Polarity.HIGH_IS_GOOD, i.polarity());
        assertEquals(3, s.line(), "the scenario starts at line 3");
    }

    @Test
    void whenFieldsAreLeftOut_thenTheDefaultsApply() throws Exception {
        Scenario s = read("valid.yaml").get(0);

        Observation latest = s.observations().get(1);
        assertEquals("2022/23", latest.timePeriod(), "time_period defaults to the period");
        assertEquals(Scenario.AREA_CODE, latest.areaCode());
        assertEquals("2020/21", s.observations().get(0).timePeriod());
        Benchmark nn = s.benchmarks().stream().filter(b -> b.observationKey().equals(s.observations().get(0).key())
                && b.comparator() == Comparator.NEIGHBOURS).findFirst().orElseThrow();
        assertEquals(4, nn.rank());
        assertEquals(5, nn.rankOf());
        assertEquals(List.of(new SuppliedTrend(latest.key(), "Improving", "the town")), s.others());
        assertTrue(s.expectations().stream().allMatch(e -> e.period().equals("2022/23")),
                "expectations are for the latest period unless one is given");
        assertEquals(3, s.expectations().size());
    }

    @Test
    void whenWordsAreInLowerCase_thenTheyAreRead() throws Exception {
        Scenario s = read("valid.yaml").get(1);

        assertEquals(org.wellbeing.model.ValueType.SCORE, s.indicators().get(0).valueType());
        Expectation e = s.expectations().get(0);
        assertEquals("NOT_COMPARED", e.expected());
        assertEquals("NONE", e.method());
        assertEquals("A rule named by its title: nothing to compare with", e.rule());
        assertEquals("2021", e.period());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown_field.yaml         | unknown_field.yaml:7: scenarios[0].observations[0].englnad: unknown field 'englnad'
            bad_number.yaml            | bad_number.yaml:6: scenarios[0].observations[0].value: not a number: '7O.1'
            bad_outcome.yaml           | bad_outcome.yaml:7: scenarios[0].expect.england: not one of GREEN, AMBER, RED, HIGHER, SIMILAR, LOWER, NOT_COMPARED: 'AMBR'
            unknown_indicator.yaml     | unknown_indicator.yaml:3: scenarios[0].indicator: not in the catalogue (data/luton/indicators.csv): 'life-expectancy-males'
            which_indicator.yaml       | which_indicator.yaml:7: scenarios[0].observations[0].indicator: missing: the scenario has several indicators, say which (life-expectancy-male, life-expectancy-female)
            period_not_observed.yaml   | period_not_observed.yaml:7: scenarios[0].expect.period: no observation of life-expectancy-male for period 2021/22 (observed: 2022/23)
            not_yaml.yaml              | not_yaml.yaml:3: not valid YAML: while parsing a flow sequence
            nothing_expected.yaml      | nothing_expected.yaml:6: scenarios[0].expect: nothing expected
            inline_missing_fields.yaml | inline_missing_fields.yaml:3: scenarios[0].indicator.polarity: missing
            """)
    void whenAFileIsInvalid_thenTheProblemNamesFileLineAndFieldPath(String fixture, String expected) {
        ScenarioException e = assertThrows(ScenarioException.class, () -> read(fixture));

        String problems = e.getMessage();
        assertTrue(problems.contains(expected.strip()), "expected '" + expected.strip() + "' in:\n" + problems);
    }

    @Test
    void whenSeveralFilesHaveProblems_thenEveryProblemIsReported() throws Exception {
        // Given a directory of every invalid fixture (and the valid one)
        ScenarioException e = assertThrows(ScenarioException.class, () -> reader.readDirectory(FIXTURES));

        // Then each invalid file is named
        long files = e.problems().stream().map(ScenarioProblem::file).distinct().count();
        assertEquals(9, files, e.getMessage());
    }
}
