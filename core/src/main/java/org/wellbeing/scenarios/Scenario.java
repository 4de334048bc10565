package org.wellbeing.scenarios;

import java.util.List;
import org.wellbeing.model.Facts;
import org.wellbeing.io.counts.LimitsFromCounts;
import org.wellbeing.model.Benchmark;
import org.wellbeing.model.Indicator;
import org.wellbeing.model.Observation;

/**
 * One scenario of a file under {@code rules/tests/}: given these indicators and observations, the rules must
 * give these outcomes, trends and flags.
 *
 * @param file   the scenario file, as found (e.g. {@code rules/tests/compare/tolerance.yaml})
 * @param line   the line the scenario starts at
 * @param others further input facts (supplied trend labels)
 */
public record Scenario(String file, int line, String name, List<Indicator> indicators,
                       List<Observation> observations, List<Benchmark> benchmarks, List<Object> others,
                       List<Expectation> expectations) {

    /** Scenarios describe one imaginary area; its code and name appear in keys and reasons. */
    public static final String AREA_CODE = "SCENARIO";
    public static final String AREA_NAME = "the area";

    public Scenario {
        indicators = List.copyOf(indicators);
        observations = List.copyOf(observations);
        benchmarks = List.copyOf(benchmarks);
        others = List.copyOf(others);
        expectations = List.copyOf(expectations);
    }

    public Facts facts() {
        return new Facts(indicators, LimitsFromCounts.complete(indicators, observations), benchmarks, others);
    }

    /** {@code file:line}, for messages. */
    public String where() {
        return file + ":" + line;
    }
}
