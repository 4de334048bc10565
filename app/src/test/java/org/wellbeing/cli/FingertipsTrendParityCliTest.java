package org.wellbeing.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code trend-parity} on the FingertipsNext extract (SOURCES.md file 4): the trend rules recompute all 1,048
 * official Recent Trend labels of the eligible series. The command takes 15-30 s, so it runs once for the class.
 */
class FingertipsTrendParityCliTest {

    static final String FILE = "fingertipsnext_NW_healthdata_2018-2024_official_recent_trend.csv";

    static Cli.Result result;

    @BeforeAll
    static void runTheTrendParityOnce() {
        // Given the FingertipsNext extract, when trend-parity runs on it
        result = Cli.run("trend-parity", Cli.sharedFingertips(FILE).toString());
    }

    @Test
    void every_official_recent_trend_label_is_reproduced_by_the_rules() {
        // Then one line, all 1048 matched, exit 0
        assertEquals("trend parity: 1048/1048", result.out().strip(), result.out());
        result.assertExit(0);
    }

    @Test
    void no_mismatch_is_listed_and_nothing_goes_to_stderr() {
        // Then
        assertFalse(result.out().contains("mismatch:"), result.out());
        assertEquals("", result.err());
    }
}
