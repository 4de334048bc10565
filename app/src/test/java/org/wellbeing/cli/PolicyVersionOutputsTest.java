package org.wellbeing.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wellbeing.io.Json;

/**
 * Every output of report, trends and priorities names the policy version it used (the rule files and the
 * catalogue), so that an auditor sees a change of polarity in the catalogue, which leaves the rule set unchanged.
 */
class PolicyVersionOutputsTest {

    @Test
    void report_trends_and_priorities_name_one_policy_version_in_text_csv_and_json() throws IOException {
        String policy = json("report", "--format", "json").path("policyVersion").asText();
        assertTrue(policy.matches("[0-9a-f]{64}"), policy);
        assertEquals(policy, json("trends", "--format", "json").path("policyVersion").asText());
        assertEquals(policy, json("priorities", "--board", "all", "--format", "json").path("policyVersion").asText());

        for (String command : List.of("report", "trends")) {
            List<CSVRecord> rows = Cli.run(command, "--format", "csv").assertExit(0).csv();
            assertTrue(rows.size() > 0, command);
            rows.forEach(r -> assertEquals(policy, r.get("policy_version"), command + " csv row " + r.getRecordNumber()));
            assertTrue(Cli.run(command).assertExit(0).out().contains("policy " + policy.substring(0, 12)), command);
        }
        assertTrue(Cli.run("priorities", "--board", "all").assertExit(0).out()
                .contains("policy " + policy.substring(0, 12)));
    }

    @Test
    void a_polarity_change_in_the_catalogue_changes_the_policy_version_and_not_the_rule_set(@TempDir Path dir)
            throws IOException {
        Path data = copy(Path.of("data", "luton"), dir.resolve("luton"));
        Path catalogue = data.resolve("indicators.csv");
        List<String> lines = Files.readAllLines(catalogue);
        int row = 1;
        while (!lines.get(row).contains(",HIGH_IS_GOOD,")) row++;
        lines.set(row, lines.get(row).replaceFirst(",HIGH_IS_GOOD,", ",LOW_IS_GOOD,"));
        Files.write(catalogue, lines);

        JsonNode bundled = json("report", "--format", "json");
        JsonNode changed = json("report", "--format", "json", "--data", data.toString());

        assertEquals(bundled.path("ruleSetVersion").asText(), changed.path("ruleSetVersion").asText());
        assertNotEquals(bundled.path("policyVersion").asText(), changed.path("policyVersion").asText());
    }

    private static JsonNode json(String... args) throws IOException {
        return Json.MAPPER.readTree(Cli.run(args).assertExit(0).out());
    }

    private static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) Files.createDirectories(target);
                else Files.copy(f, target);
            }
        }
        return to;
    }
}
