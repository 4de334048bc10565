package org.wellbeing.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** stats, stats-parity and ci-check as a user runs them. */
class StatsCommandsTest {
    @TempDir Path dir;

    private static Path pheMethods() {
        return List.of(Path.of("..", "shared", "phe-methods"), Path.of("/work/shared/phe-methods")).stream()
                .filter(Files::isDirectory).findFirst().orElseThrow(() -> new IllegalStateException("no phe-methods directory"));
    }

    @Test
    void stats_parity_reproduces_every_expected_value_and_limit_of_the_reference() {
        Cli.Result r = Cli.run("stats-parity", pheMethods().toString()).assertExit(0);
        List<String> lines = r.lines();
        Pattern file = Pattern.compile("(\\S+\\.csv): matched (\\d+) of (\\d+)");
        int matched = 0;
        int compared = 0;
        int files = 0;
        for (String line : lines) {
            Matcher m = file.matcher(line);
            if (m.matches()) {
                files++;
                matched += Integer.parseInt(m.group(2));
                compared += Integer.parseInt(m.group(3));
            }
        }
        assertEquals(9, files, r.out());
        assertEquals("stats parity: " + matched + "/" + compared, lines.get(lines.size() - 1));
        assertEquals(compared, matched);
        assertTrue(compared > 800, "every expected value and limit counts: " + compared);
    }

    @Test
    void ci_check_prints_per_method_counts_for_the_campylobacter_download() {
        Cli.Result r = Cli.run("ci-check", Cli.sharedFingertips("campylobacter_93356_CountyUA_2015-2017.csv").toString())
                .assertExit(0);
        // SOURCES.md: 455 of the 755 rows with a count match exact Poisson limits to 1e-6
        assertTrue(r.out().contains("755 rows with Count, Denominator and 95% limits, multiplier 100000"), r.out());
        assertTrue(r.out().contains("EXACT_POISSON  455 of 755 reproduced"), r.out());
        for (String method : List.of("WILSON", "POISSON", "BYARS")) {
            assertTrue(r.out().contains("  " + method + " "), r.out());
        }
    }

    @Test
    void stats_computes_each_row_and_json_gives_the_same_fields() throws Exception {
        Path counts = Files.writeString(dir.resolve("c.csv"), "area_code,count,denominator\nA,0,40\nB,40,40\n");
        Cli.Result csv = Cli.run("stats", counts.toString(), "--method", "wilson", "--confidence", "95").assertExit(0);
        assertEquals("area_code,value,lower95,upper95,method,not_calculated", csv.header());
        assertTrue(csv.lines().get(1).startsWith("A,0,0,8.76216"), csv.out());
        assertTrue(csv.lines().get(2).startsWith("B,100,91.23783"), csv.out());
        Cli.Result json = Cli.run("stats", counts.toString(), "--method", "poisson", "--format", "json").assertExit(0);
        assertTrue(json.out().contains("\"method\" : \"exact Poisson\""), json.out());
        assertTrue(json.out().contains("\"upper99.8\""), json.out());
    }

    @Test
    void a_dsr_from_fewer_than_10_events_is_not_calculated_with_the_reason() {
        Cli.Result r = Cli.run("stats", "docs/examples/counts/age-banded-few-events.csv", "--method", "dsr").assertExit(0);
        assertTrue(r.lines().get(1).endsWith(",,,,,,Dobson,fewer than 10 events in total (9): a DSR is not calculated"), r.out());
    }

    @Test
    void bad_input_is_one_error_line_naming_file_and_line_with_exit_2() throws Exception {
        Path negative = Files.writeString(dir.resolve("n.csv"), "area_code,count,denominator\nA,1,10\nB,-1,10\n");
        Cli.Result r = Cli.run("stats", negative.toString(), "--method", "poisson").assertExit(2);
        assertEquals("error: " + negative + ": line 3: count must be 0 or more, got -1", r.err().strip());
        Path zero = Files.writeString(dir.resolve("z.csv"), "count,denominator\n1,0\n");
        assertEquals("error: " + zero + ": line 2: denominator must be above 0, got 0",
                Cli.run("stats", zero.toString(), "--method", "wilson").assertExit(2).err().strip());
        Path above = Files.writeString(dir.resolve("a.csv"), "count,denominator\n11,10\n");
        assertTrue(Cli.run("stats", above.toString(), "--method", "wilson").assertExit(2).err()
                .contains("line 2: numerator 11 is above its denominator 10"));
        assertEquals(1, r.err().lines().count());
    }

    @Test
    void options_a_method_does_not_use_and_unknown_methods_are_refused() throws Exception {
        Path values = Files.writeString(dir.resolve("v.csv"), "area_code,value\nA,1\nA,2\n");
        assertEquals("error: --multiplier is not used by --method mean",
                Cli.run("stats", values.toString(), "--method", "mean", "--multiplier", "100").assertExit(2).err().strip());
        assertTrue(Cli.run("stats", values.toString(), "--method", "wilson", "--reference", "x.csv").assertExit(2).err()
                .contains("--reference is only used by --method isr-rate and isr-ratio"));
        assertTrue(Cli.run("stats", values.toString(), "--method", "median").assertExit(2).err()
                .contains("--method: unknown method 'median'"));
        assertTrue(Cli.run("stats", values.toString(), "--method", "mean", "--confidence", "100").assertExit(2).err()
                .contains("--confidence: confidence level '100' must be above 0% and below 100%"));
    }

    @Test
    void isr_ratio_reads_the_reference_by_age_band() throws Exception {
        Path reference = Files.writeString(dir.resolve("ref.csv"), "age_band,count,population\n0-39,100,100000\n40+,900,100000\n");
        Path bands = Files.writeString(dir.resolve("b.csv"), "area_code,indicator_id,period,age_band,count,population\n"
                + "A,smr,2022,0-39,3,50000\nA,smr,2022,40+,5,10000\n");
        Cli.Result r = Cli.run("stats", bands.toString(), "--method", "isr-ratio", "--reference", reference.toString(),
                "--confidence", "95").assertExit(0);
        // 8 observed of 140 expected, x 100
        assertTrue(r.lines().get(1).startsWith("A,smr,2022,5.714285714285"), r.out());
        assertTrue(r.lines().get(1).endsWith(",exact Poisson,"), r.out());
    }

    @Test
    void dsr_takes_another_standard_population_and_refuses_it_for_other_methods() throws Exception {
        Path standard = Files.writeString(dir.resolve("std.csv"), "age_band,population\n85-89,1\n90+,1\n");
        Path bands = Files.writeString(dir.resolve("b.csv"), "area_code,indicator_id,period,age_band,count,population\n"
                + "A,x,2022,85-89,6,1000\nA,x,2022,90+,6,500\n");
        Cli.Result r = Cli.run("stats", bands.toString(), "--method", "dsr", "--standard", standard.toString(),
                "--confidence", "95").assertExit(0);
        // equal weights: the mean of 600 and 1,200 per 100,000
        assertEquals(900, Double.parseDouble(r.lines().get(1).split(",")[3]), 1e-9, r.out());
        assertTrue(Cli.run("stats", bands.toString(), "--method", "isr-rate", "--standard", standard.toString())
                .assertExit(2).err().contains("--standard is only used by --method dsr"));
    }
}
