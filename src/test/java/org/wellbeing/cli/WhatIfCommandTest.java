package org.wellbeing.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wellbeing.io.CatalogueReader;
import org.wellbeing.model.Indicator;
import org.wellbeing.model.ValueType;

/** whatif lists exactly what a candidate changes, checked against two independent reports. */
class WhatIfCommandTest {
    private static final String PERIOD = "2022/23";

    @TempDir
    static Path candidate;

    @BeforeAll
    static void candidateChangingOnlyTheProportionBand() throws IOException {
        copy(Path.of("rules"), candidate);
        Path thresholds = candidate.resolve("thresholds.drl");
        String text = Files.readString(thresholds);
        String changed = text.replace("new Threshold(\"similar.band.proportion\", 4.0,",
                "new Threshold(\"similar.band.proportion\", 6.0,");
        assertFalse(text.equals(changed), "the proportion band is no longer written as 4.0 in rules/thresholds.drl");
        Files.writeString(thresholds, changed);
    }

    @Test
    void whenOnlyTheSimilarBandForProportionsChanges_thenExactlyTheChangedOutcomesAreListed() throws Exception {
        // Given the outcomes of two independent reports, under the live rules and under the candidate
        Map<String, String> live = outcomes(CliRun.of("report", "--period", PERIOD, "--format", "csv"));
        Map<String, String> after = outcomes(CliRun.of("report", "--rules", candidate.toString(), "--period", PERIOD,
                "--format", "csv"));
        Set<String> expected = new HashSet<>();
        live.forEach((key, outcome) -> {
            if (!outcome.equals(after.get(key))) {
                expected.add(key + ":" + outcome + "->" + after.get(key));
            }
        });
        assertFalse(expected.isEmpty(), "a 6% band should change some outcomes on the Luton data");

        // When whatif compares the two rule sets
        CliRun run = CliRun.of("whatif", "--rules", candidate.toString(), "--period", PERIOD, "--format", "csv");

        // Then it lists exactly the changed outcomes, all of them proportions, and exits 0
        assertEquals(0, run.exitCode(), run.err());
        List<CSVRecord> rows = csv(run.out());
        Set<String> listed = new HashSet<>();
        rows.stream().filter(r -> r.get("kind").equals("rating")).forEach(r -> listed.add(
                r.get("indicator_id") + "/" + r.get("subject") + ":" + r.get("from") + "->" + r.get("to")));
        assertEquals(expected, listed);
        Map<String, ValueType> types = new HashMap<>();
        for (Indicator i : CatalogueReader.read(Path.of("data", "luton", "indicators.csv"))) {
            types.put(i.id(), i.valueType());
        }
        rows.stream().filter(r -> r.get("kind").equals("rating")).forEach(r ->
                assertEquals(ValueType.PROPORTION, types.get(r.get("indicator_id")), r.toString()));
        assertTrue(rows.stream().allMatch(r -> r.get("period").equals(PERIOD)));
    }

    @Test
    void whenOnlyTheSimilarBandForProportionsChanges_thenTrendAndFlagChangesAreThoseOfTwoTrendReports() throws Exception {
        // Given labels and flags of two independent trend reports
        Map<String, String> live = trends(CliRun.of("trends", "--period", PERIOD, "--format", "csv"));
        Map<String, String> after = trends(CliRun.of("trends", "--rules", candidate.toString(), "--period", PERIOD,
                "--format", "csv"));
        Set<String> expected = new HashSet<>();
        live.forEach((key, value) -> {
            if (!value.equals(after.get(key))) {
                expected.add(key + ":" + value + "->" + after.get(key));
            }
        });

        // When whatif compares the two rule sets
        CliRun run = CliRun.of("whatif", "--rules", candidate.toString(), "--period", PERIOD, "--format", "csv");

        // Then its trend and flag rows are exactly those differences
        Set<String> listed = new HashSet<>();
        csv(run.out()).stream().filter(r -> !r.get("kind").equals("rating")).forEach(r -> listed.add(
                r.get("indicator_id") + "/" + r.get("kind") + ":" + none(r.get("from")) + "->" + none(r.get("to"))));
        assertEquals(expected, listed);
    }

    @Test
    void whenTheCandidateIsAnUnchangedCopy_thenNothingIsListedAndItExits0(@TempDir Path copy) throws Exception {
        copy(Path.of("rules"), copy);

        CliRun run = CliRun.of("whatif", "--rules", copy.toString(), "--period", PERIOD);

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("The candidate's rule files are the same as the live ones."), run.out());
        assertTrue(run.lastLine().startsWith("0 changes"), run.out());
    }

    @Test
    void whenTheCandidateDoesNotCompile_thenItExits1NamingFileAndLine(@TempDir Path broken) throws Exception {
        copy(Path.of("rules"), broken);
        Path goal = broken.resolve("compare").resolve("goal.drl");
        Files.writeString(goal, Files.readString(goal).replace("value >= $i.goalUpper )", "value >= $i.goalUpperr )"));

        CliRun run = CliRun.of("whatif", "--rules", broken.toString(), "--period", PERIOD);

        assertEquals(1, run.exitCode(), run.out() + run.err());
        assertTrue(run.err().contains("compare/goal.drl:"), run.err());
        assertEquals("", run.out());
    }

    /** indicator/comparator to outcome, from report's CSV. */
    private static Map<String, String> outcomes(CliRun report) throws IOException {
        assertEquals(0, report.exitCode(), report.err());
        Map<String, String> outcomes = new HashMap<>();
        for (CSVRecord r : csv(report.out())) {
            outcomes.put(r.get("indicator_id") + "/" + r.get("comparator"), r.get("outcome"));
        }
        return outcomes;
    }

    /** indicator/trend to label and indicator/flag to severity, from trends' CSV. */
    private static Map<String, String> trends(CliRun trends) throws IOException {
        assertEquals(0, trends.exitCode(), trends.err());
        Map<String, String> values = new HashMap<>();
        for (CSVRecord r : csv(trends.out())) {
            values.put(r.get("indicator_id") + "/trend", r.get("label"));
            values.put(r.get("indicator_id") + "/flag", none(r.get("severity")));
        }
        return values;
    }

    private static String none(String value) {
        return value.isEmpty() || value.equals("(none)") ? "none" : value;
    }

    private static List<CSVRecord> csv(String text) throws IOException {
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text)).getRecords();
    }

    static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path p : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
