package org.wellbeing.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wellbeing.testing.BundledRules;
import org.wellbeing.testing.Cli;
import org.wellbeing.testing.Fixtures;
import org.wellbeing.io.CatalogueReader;
import org.wellbeing.model.Indicator;
import org.wellbeing.model.ValueType;

/** whatif lists exactly what a candidate changes, checked against two independent reports. */
class WhatIfCommandTest {
    private static final String PERIOD = "2022/23";

    @TempDir
    static Path candidate;

    /** whatif's CSV for the candidate, and the two priorities reports, run once: the tests check different rows. */
    static Cli.Run whatif;
    static Cli.Run livePriorities;
    static Cli.Run candidatePriorities;

    @BeforeAll
    static void candidateChangingOnlyTheProportionBand() throws IOException {
        Fixtures.copyTree(Path.of("rules"), candidate);
        Path thresholds = candidate.resolve("thresholds.drl");
        String text = Files.readString(thresholds);
        // the band half as wide again as the live one, whatever the live one is
        String changed = BundledRules.withThresholdScaled(text, "similar.band.proportion", 1.5);
        assertFalse(text.equals(changed));
        Files.writeString(thresholds, changed);

        whatif = Cli.run("whatif", "--rules", candidate.toString(), "--period", PERIOD, "--format", "csv");
        livePriorities = Cli.run("priorities", "--period", PERIOD, "--format", "json");
        candidatePriorities = Cli.run("priorities", "--rules", candidate.toString(), "--period", PERIOD, "--format", "json");
    }

    @Test
    void whenOnlyTheSimilarBandForProportionsChanges_thenExactlyTheChangedOutcomesAreListed() throws Exception {
        // Given the outcomes of two independent reports, under the live rules and under the candidate
        Map<String, String> live = outcomes(Cli.run("report", "--period", PERIOD, "--format", "csv"));
        Map<String, String> after = outcomes(Cli.run("report", "--rules", candidate.toString(), "--period", PERIOD,
                "--format", "csv"));
        Set<String> expected = new HashSet<>();
        live.forEach((key, outcome) -> {
            if (!outcome.equals(after.get(key))) {
                expected.add(key + ":" + outcome + "->" + after.get(key));
            }
        });
        assertFalse(expected.isEmpty(), "a proportion band half as wide again should change some outcomes on the Luton data");

        // When whatif compares the two rule sets
        Cli.Run run = whatif;

        // Then it lists exactly the changed outcomes, all of them proportions, and exits 0
        assertEquals(0, run.exitCode(), run.err());
        List<CSVRecord> rows = csv(run.out());
        Set<String> listed = new HashSet<>();
        rows.stream().filter(r -> r.get("kind").equals("rating")).forEach(r -> listed.add(
                r.get("item") + "/" + r.get("subject") + ":" + r.get("from") + "->" + r.get("to")));
        assertEquals(expected, listed);
        Map<String, ValueType> types = new HashMap<>();
        for (Indicator i : CatalogueReader.read(Path.of("data", "luton", "indicators.csv"))) {
            types.put(i.id(), i.valueType());
        }
        rows.stream().filter(r -> r.get("kind").equals("rating")).forEach(r ->
                assertEquals(ValueType.PROPORTION, types.get(r.get("item")), r.toString()));
        assertTrue(rows.stream().allMatch(r -> r.get("period").equals(PERIOD)));
    }

    @Test
    void whenOnlyTheSimilarBandForProportionsChanges_thenTrendAndFlagChangesAreThoseOfTwoTrendReports() throws Exception {
        // Given labels and flags of two independent trend reports
        Map<String, String> live = trends(Cli.run("trends", "--period", PERIOD, "--format", "csv"));
        Map<String, String> after = trends(Cli.run("trends", "--rules", candidate.toString(), "--period", PERIOD,
                "--format", "csv"));
        Set<String> expected = new HashSet<>();
        live.forEach((key, value) -> {
            if (!value.equals(after.get(key))) {
                expected.add(key + ":" + value + "->" + after.get(key));
            }
        });

        // When whatif compares the two rule sets
        Cli.Run run = whatif;

        // Then its trend and flag rows are exactly those differences
        Set<String> listed = new HashSet<>();
        csv(run.out()).stream().filter(r -> r.get("kind").equals("trend") || r.get("kind").equals("flag")).forEach(r -> listed.add(
                r.get("item") + "/" + r.get("kind") + ":" + none(r.get("from")) + "->" + none(r.get("to"))));
        assertEquals(expected, listed);
    }

    @Test
    void whenOnlyTheSimilarBandForProportionsChanges_thenRankChangesAreThoseOfTwoPriorityReports() throws Exception {
        // Given the board rankings of two independent priorities reports
        Map<String, String> live = ranks(livePriorities);
        Map<String, String> after = ranks(candidatePriorities);
        Set<String> expected = new HashSet<>();
        live.forEach((key, rank) -> {
            if (!rank.equals(after.get(key))) {
                expected.add(key + ":" + rank + "->" + after.get(key));
            }
        });
        assertFalse(expected.isEmpty(), "RED turning AMBER should reorder some workstreams");

        // When whatif compares the two rule sets
        Cli.Run run = whatif;

        // Then its ranking rows are exactly those differences
        Set<String> listed = new HashSet<>();
        csv(run.out()).stream().filter(r -> r.get("kind").equals("ranking")).forEach(r -> listed.add(
                r.get("subject") + "/" + r.get("item") + ":" + r.get("from") + "->" + r.get("to")));
        assertEquals(expected, listed);
    }

    @Test
    void whenOnlyTheSimilarBandForProportionsChanges_thenScoreChangesAreThoseOfTwoPriorityReports() throws Exception {
        // Given the workstream scores of two independent priorities reports
        Map<String, String> live = scores(livePriorities);
        Map<String, String> after = scores(candidatePriorities);
        Set<String> expected = new HashSet<>();
        live.forEach((key, score) -> {
            if (!score.equals(after.get(key))) {
                expected.add(key + ":" + score + "->" + after.get(key));
            }
        });
        assertFalse(expected.isEmpty(), "RED turning AMBER should lower some workstreams' scores");

        // When whatif compares the two rule sets
        Cli.Run run = whatif;

        // Then its score rows are exactly those differences, and the text lists them under their own heading
        Set<String> listed = new HashSet<>();
        csv(run.out()).stream().filter(r -> r.get("kind").equals("score")).forEach(r -> listed.add(
                r.get("subject") + "/" + r.get("item") + ":" + r.get("from") + "->" + r.get("to")));
        assertEquals(expected, listed);
        Cli.Run text = Cli.run("whatif", "--rules", candidate.toString(), "--period", PERIOD);
        assertTrue(text.out().contains("\nWorkstream scores: " + expected.size() + " would change\n"), text.out());
        assertTrue(last(text).contains(expected.size() + " scores"), last(text));
    }

    @Test
    void whenTheCandidateIsAnUnchangedCopy_thenNothingIsListedAndItExits0(@TempDir Path copy) throws Exception {
        Fixtures.copyTree(Path.of("rules"), copy);

        Cli.Run run = Cli.run("whatif", "--rules", copy.toString(), "--period", PERIOD);

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("The candidate's rule files are the same as the live ones."), run.out());
        assertTrue(last(run).startsWith("0 changes"), run.out());
        assertTrue(run.out().contains("Board rankings: none would change"), run.out());
    }

    @Test
    void whenTheCandidateDoesNotCompile_thenItExits1NamingFileAndLine(@TempDir Path broken) throws Exception {
        Fixtures.copyTree(Path.of("rules"), broken);
        Path goal = broken.resolve("compare").resolve("goal.drl");
        Files.writeString(goal, Files.readString(goal).replace("value >= $i.goalUpper )", "value >= $i.goalUpperr )"));

        Cli.Run run = Cli.run("whatif", "--rules", broken.toString(), "--period", PERIOD);

        assertEquals(1, run.exitCode(), run.out() + run.err());
        assertTrue(run.err().contains("compare/goal.drl:"), run.err());
        assertEquals("", run.out());
    }

    /** board/workstream to rank, from the priorities JSON. */
    private static Map<String, String> ranks(Cli.Run priorities) throws IOException {
        assertEquals(0, priorities.exitCode(), priorities.err());
        Map<String, String> ranks = new HashMap<>();
        JsonNode root = new ObjectMapper().readTree(priorities.out());
        for (JsonNode board : root.get("boards")) {
            for (JsonNode p : board.get("priorities")) {
                ranks.put(board.get("boardId").asText() + "/" + p.get("workstreamId").asText(), p.get("rank").asText());
            }
        }
        return ranks;
    }

    /** board/workstream to score (as whatif writes numbers: no trailing zeros), from the priorities JSON. */
    private static Map<String, String> scores(Cli.Run priorities) throws IOException {
        assertEquals(0, priorities.exitCode(), priorities.err());
        Map<String, String> scores = new HashMap<>();
        JsonNode root = new ObjectMapper().readTree(priorities.out());
        for (JsonNode board : root.get("boards")) {
            for (JsonNode p : board.get("priorities")) {
                scores.put(board.get("boardId").asText() + "/" + p.get("workstreamId").asText(),
                        p.get("score").decimalValue().stripTrailingZeros().toPlainString());
            }
        }
        return scores;
    }

    /** indicator/comparator to outcome, from report's CSV. */
    private static Map<String, String> outcomes(Cli.Run report) throws IOException {
        assertEquals(0, report.exitCode(), report.err());
        Map<String, String> outcomes = new HashMap<>();
        for (CSVRecord r : csv(report.out())) {
            outcomes.put(r.get("indicator_id") + "/" + r.get("comparator"), r.get("outcome"));
        }
        return outcomes;
    }

    /** indicator/trend to label and indicator/flag to severity, from trends' CSV. */
    private static Map<String, String> trends(Cli.Run trends) throws IOException {
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

    private static String last(Cli.Run run) {
        List<String> lines = run.outLines();
        return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
    }
}
