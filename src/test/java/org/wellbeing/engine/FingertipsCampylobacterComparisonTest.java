package org.wellbeing.engine;

import org.wellbeing.model.Facts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.wellbeing.testing.Comparisons.indicator;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.wellbeing.model.Benchmark;
import org.wellbeing.model.Comparator;
import org.wellbeing.model.ComparisonMethod;
import org.wellbeing.model.Indicator;
import org.wellbeing.model.Method;
import org.wellbeing.model.Observation;
import org.wellbeing.model.Outcome;
import org.wellbeing.model.Polarity;
import org.wellbeing.model.Rating;
import org.wellbeing.model.ValueType;
import org.wellbeing.testing.BundledRules;
import org.wellbeing.testing.SharedFiles;

/**
 * The CI method reproduces Fingertips' official comparisons on real rows of the campylobacter extract
 * (indicator 93356, low is good): Luton's five rows, plus two other authorities officially "Worse" so
 * that RED is exercised too. Official labels map Better->GREEN, Similar->AMBER, Worse->RED, Not compared->NOT_COMPARED.
 */
class FingertipsCampylobacterComparisonTest {
    private static final Path FILE = SharedFiles.resolve("fingertips", "campylobacter_93356_CountyUA_2015-2017.csv");
    private static final String ENGLAND_CODE = "E92000001";
    private static final Map<String, Outcome> OFFICIAL = Map.of(
            "Better", Outcome.GREEN, "Similar", Outcome.AMBER, "Worse", Outcome.RED, "Not compared", Outcome.NOT_COMPARED);
    private static final Map<Outcome, String> RULE = Map.of(
            Outcome.GREEN, "Better: lower and low is good",
            Outcome.AMBER, "Similar to the benchmark",
            Outcome.RED, "Worse: higher and low is good",
            Outcome.NOT_COMPARED, "Not compared: no benchmark value");
    private static final Indicator CAMPYLOBACTER = indicator("93356", ValueType.CRUDE_RATE, Polarity.LOW_IS_GOOD,
            ComparisonMethod.CONFIDENCE_INTERVALS);

    private static List<CSVRecord> rows;

    @BeforeAll
    static void readExtract() throws IOException {
        try (Reader in = Files.newBufferedReader(FILE, StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
            rows = parser.getRecords();
        }
    }

    /** The whole-population row (no category) of an area, age band and period, if the extract has one. */
    private static Optional<CSVRecord> row(String areaCode, String age, String period) {
        return rows.stream()
                .filter(r -> r.get("Area Code").equals(areaCode) && r.get("Age").equals(age)
                        && r.get("Time period").equals(period) && r.get("Category Type").isEmpty())
                .findFirst();
    }

    private static Double number(String text) {
        return text.isBlank() ? null : Double.valueOf(text);
    }

    @ParameterizedTest(name = "{1} {2} {3}")
    @CsvSource(delimiter = '|', textBlock = """
            E06000032 | Luton            | All ages | 2015
            E06000032 | Luton            | All ages | 2016
            E06000032 | Luton            | All ages | 2017
            E06000032 | Luton            | 0-9 yrs  | 2015
            E06000032 | Luton            | 0-9 yrs  | 2016
            E06000001 | Hartlepool       | All ages | 2015
            E06000004 | Stockton-on-Tees | All ages | 2015
            """)
    void whenTheAreasCiIsComparedWithEnglandAndRegion_thenTheOfficialLabelsAreReproduced(
            String areaCode, String areaName, String age, String period) {
        // Given the area's row, and the England and region rows of the same age band and period
        CSVRecord area = row(areaCode, age, period).orElseThrow();
        assertEquals(areaName, area.get("Area Name"));
        Double england = row(ENGLAND_CODE, age, period).map(r -> number(r.get("Value"))).orElse(null);
        Double region = row(area.get("Parent Code"), age, period).map(r -> number(r.get("Value"))).orElse(null);
        Observation o = new Observation("93356", areaCode, areaName, period, period, age,
                number(area.get("Value")), number(area.get("Lower CI 95.0 limit")), number(area.get("Upper CI 95.0 limit")),
                null, null, number(area.get("Count")), number(area.get("Denominator")), "");
        Facts facts = new Facts(List.of(CAMPYLOBACTER), List.of(o), List.of(
                new Benchmark(o.key(), Comparator.ENGLAND, england, null, null, "England"),
                new Benchmark(o.key(), Comparator.REGION, region, null, null, area.get("Parent Name"))));

        // When the engine compares it
        Evaluation evaluation = new Evaluator().evaluate(BundledRules.ruleBase(), facts);

        // Then its outcomes are the official ones, each by the rule that says so
        assertEquals(List.of(), evaluation.problems());
        Map<Comparator, String> officialColumn = Map.of(
                Comparator.ENGLAND, "Compared to England value or percentiles",
                Comparator.REGION, "Compared to Region value or percentiles");
        officialColumn.forEach((comparator, column) -> {
            Outcome expected = OFFICIAL.get(area.get(column));
            Rating rating = evaluation.ratings().stream().filter(r -> r.comparator() == comparator)
                    .findFirst().orElseThrow();
            assertEquals(expected, rating.outcome(), comparator + ": " + rating.reason());
            assertEquals(RULE.get(expected), evaluation.ruleFor(rating), comparator + " rule");
            assertEquals(expected == Outcome.NOT_COMPARED ? Method.NONE : Method.CI_95, rating.method(),
                    comparator + " method");
        });
    }
}
