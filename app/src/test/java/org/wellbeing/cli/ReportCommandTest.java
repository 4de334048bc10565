package org.wellbeing.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.wellbeing.io.CatalogueReader;
import org.wellbeing.model.Comparator;
import org.wellbeing.model.Indicator;
import org.wellbeing.model.Method;
import org.wellbeing.model.Outcome;
import org.wellbeing.testing.BundledRules;
import org.wellbeing.testing.Cli;

/** {@code report}: every indicator of the period against england, region, neighbours and goal, as csv, json or text. */
class ReportCommandTest {
    private static final String HEADER =
            "indicator_id,period,comparator,outcome,method,value,benchmark,rule,quality,quality_reason,policy_version";

    private static List<String> catalogueIds() throws Exception {
        return CatalogueReader.read(Path.of("data", "luton", "indicators.csv")).stream().map(Indicator::id).toList();
    }

    @Test
    void whenCsvIsAskedFor_thenTheExactHeaderAndOneRowPerIndicatorAndComparator() throws Exception {
        // Given the bundled rules and Luton's 75 indicators in 2022/23

        // When the report is printed as csv
        Cli.Run run = Cli.run("report", "--period", "2022/23", "--format", "csv");

        // Then the exact header, then 75 x 4 = 300 rows, one per indicator and comparator
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.err());
        assertEquals(HEADER, run.outLines().get(0));
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(run.out())).getRecords();
        assertEquals(300, rows.size());
        List<String> ids = catalogueIds();
        assertEquals(75, ids.size());
        Set<String> expected = new HashSet<>();
        for (String id : ids) {
            for (Comparator c : Comparator.values()) {
                expected.add(id + "/" + c.label());
            }
        }
        List<String> seen = rows.stream().map(r -> r.get("indicator_id") + "/" + r.get("comparator")).toList();
        assertEquals(expected, new HashSet<>(seen));
        assertEquals(seen.size(), new HashSet<>(seen).size(), "no indicator and comparator twice");

        // and every row is of the period, with an allowed outcome and method and the rule that gave it
        Set<String> outcomes = Arrays.stream(Outcome.values()).map(Enum::name).collect(Collectors.toSet());
        Set<String> methods = Arrays.stream(Method.values()).map(Enum::name).collect(Collectors.toSet());
        Set<String> rules = BundledRules.ruleBase().rules().keySet();
        for (CSVRecord r : rows) {
            assertEquals("2022/23", r.get("period"), r.toString());
            assertTrue(outcomes.contains(r.get("outcome")), r.toString());
            assertTrue(methods.contains(r.get("method")), r.toString());
            assertTrue(rules.contains(r.get("rule")), r.toString());
        }
    }

    @Test
    void whenCsvIsAskedFor_thenAKnownRowHoldsTheDataAndTheSameRatingAsTheJson() throws Exception {
        // Given male life expectancy 2022/23: 78.1 against England 79.4 in the town's data

        // When the report is printed as csv and as json
        Cli.Run csv = Cli.run("report", "--period", "2022/23", "--format", "csv");
        JsonNode json = new ObjectMapper().readTree(Cli.run("report", "--period", "2022/23", "--format", "json").out());

        // Then its england row holds the data's values, and the outcome, method and rule the json gives
        JsonNode rating = null;
        for (JsonNode r : json.path("ratings")) {
            if (r.path("indicatorId").asText().equals("life-expectancy-male") && r.path("comparator").asText().equals("england")) {
                rating = r;
            }
        }
        assertTrue(rating != null, json.toString());
        String expected = String.join(",", "life-expectancy-male", "2022/23", "england", rating.path("outcome").asText(),
                rating.path("method").asText(), "78.1", "79.4", rating.path("rule").asText());
        assertEquals(1, csv.outLines().stream().filter(l -> l.startsWith(expected + ",")).count(), csv.out());
    }

    @Test
    void whenJsonIsAskedFor_thenThePeriodTheRuleSetVersionAndEveryRatingWithItsRule() throws Exception {
        // Given the bundled rules and data

        // When the report is printed as json
        Cli.Run run = Cli.run("report", "--period", "2022/23", "--format", "json");

        // Then it parses, names the period, area and rule-set version, and holds 300 ratings with their rules
        assertEquals(0, run.exitCode(), run.err());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertEquals("2022/23", json.path("period").asText());
        assertEquals("E06000032", json.path("area").path("code").asText());
        assertEquals(BundledRules.ruleBase().version(), json.path("ruleSetVersion").asText());
        JsonNode ratings = json.path("ratings");
        assertEquals(300, ratings.size());
        for (JsonNode r : ratings) {
            assertFalse(r.path("rule").asText().isEmpty(), r.toString());
            var at = BundledRules.ruleBase().locate(r.path("rule").asText());
            assertEquals(at.file() + ":" + at.line(), r.path("ruleFile").asText(), r.toString());
            assertFalse(r.path("reason").asText().isEmpty(), r.toString());
        }
    }

    @Test
    void whenTextIsAskedFor_thenIndicatorsAreGroupedUnderTheBoardsNames() {
        // Given the boards' names in data/luton/boards.json

        // When the report is printed as text (the default format)
        Cli.Run run = Cli.run("report", "--period", "2022/23");

        // Then a title line, then a section per board named as in boards.json, in the file's order
        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = run.outLines();
        assertTrue(lines.get(0).matches("Luton, 2022/23: 75 indicators rated; rule set [0-9a-f]{12}, policy [0-9a-f]{12}"), lines.get(0));
        List<String> sections = new ArrayList<>(List.of("Overarching", "Children's Trust Board",
                "Health Equity Town Partnership", "At Place Board"));
        List<Integer> at = sections.stream().map(lines::indexOf).toList();
        assertFalse(at.contains(-1), "sections " + sections + " at " + at + " in\n" + run.out());
        assertEquals(at.stream().sorted().toList(), at, "sections in boards.json order");
        // male life expectancy is an overarching indicator, child poverty a Children's Trust Board one
        int lifeExpectancy = indexOfLineStarting(lines, "  Life expectancy, Male (Years)");
        int childPoverty = indexOfLineStarting(lines, "  Child Poverty (after housing costs)");
        assertTrue(at.get(0) < lifeExpectancy && lifeExpectancy < at.get(1), run.out());
        assertTrue(at.get(1) < childPoverty && childPoverty < at.get(2), run.out());
        assertTrue(lines.get(lifeExpectancy).contains("RED 79.4"), lines.get(lifeExpectancy));
    }

    @Test
    void whenTextIsAskedFor_thenNamesAreWrappedNotCutAndTheTimePeriodAndUnitAreShown() throws Exception {
        // Given the longest indicator name in the catalogue, far wider than the name column
        Indicator longest = CatalogueReader.read(Path.of("data", "luton", "indicators.csv")).stream()
                .max(java.util.Comparator.comparingInt(i -> i.name().length())).orElseThrow();
        assertTrue(longest.name().length() > TextReport.NAME_WIDTH * 2, longest.name());

        // When the report is printed as text
        Cli.Run run = Cli.run("report", "--period", "2022/23");

        // Then no name is cut, the longest one reads whole across its lines, and a header names the new columns
        assertEquals(0, run.exitCode(), run.err());
        assertFalse(run.out().contains("\u2026"), "no name is cut short");
        List<String> lines = run.outLines();
        int first = indexOfLineStarting(lines, "  " + longest.name().substring(0, 30));
        StringBuilder name = new StringBuilder(lines.get(first).substring(2, 2 + TextReport.NAME_WIDTH).strip());
        for (int i = first + 1; i < lines.size() && lines.get(i).startsWith("    "); i++) {
            name.append(' ').append(lines.get(i).strip());
        }
        assertEquals(longest.name(), name.toString(), run.out());
        String header = run.outLines().stream().filter(l -> l.strip().startsWith("indicator ")).findFirst().orElseThrow();
        assertTrue(header.matches("^ +indicator +time period +unit +value +england +region +neighbours +goal$"), header);
        // male life expectancy 2022/23 holds the 2018-20 value, in years, repeated from 2021/22: marked "!" after it
        String male = run.outLines().stream().filter(l -> l.startsWith("  Life expectancy, Male (Years)"))
                .findFirst().orElseThrow();
        assertTrue(male.matches("^  Life expectancy, Male \\(Years\\) +2018-20 +years +78\\.1 ! RED 79\\.4 .*"), male);
        // the mark has a column of its own: the value still ends under the end of "value", like an unmarked row's
        int valueEnd = header.indexOf("value") + "value".length();
        assertEquals(valueEnd, male.indexOf("78.1") + "78.1".length(), header + "\n" + male);
        assertEquals(header.indexOf("england"), male.indexOf("RED 79.4"), header + "\n" + male);
    }

    @Test
    void whenThePeriodIsUnknown_thenExitTwoWithTheAvailablePeriods() {
        // Given a period the data does not hold

        // When the report is asked for
        Cli.Run run = Cli.run("report", "--period", "2030/31", "--format", "csv");

        // Then exit 2, nothing on stdout, and an error naming the period and the choices
        assertEquals(2, run.exitCode());
        assertEquals("", run.out());
        assertEquals(List.of("error: no data for period '2030/31'; periods in the data: 2021/22, 2022/23"),
                run.errLines());
    }

    private static int indexOfLineStarting(List<String> lines, String prefix) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(prefix)) {
                return i;
            }
        }
        return -1;
    }
}
