package org.wellbeing.scenarios;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.wellbeing.testing.BundledRules;
import org.wellbeing.io.CatalogueReader;

/** Every scenario under rules/tests/ passes on the bundled rules: what {@code test-rules} checks, run by mvn test. */
class ScenarioFilesTest {

    @Test
    void every_scenario_in_rules_tests_passes_on_the_bundled_rules() throws Exception {
        // Given every scenario file under rules/tests/
        List<Scenario> scenarios = new ScenarioReader(
                CatalogueReader.read(java.nio.file.Path.of("data", "luton", "indicators.csv")), "data/luton/indicators.csv")
                .readDirectory(BundledRules.DIR.resolve("tests"));
        assertFalse(scenarios.isEmpty(), "no scenarios found under rules/tests/");

        // When they run on the bundled rules
        List<ScenarioResult> results = new ScenarioRunner().run(BundledRules.ruleBase(), scenarios);

        // Then none fails; a failure lists each failing scenario with what it expected and got
        String failing = results.stream().filter(r -> !r.passed())
                .map(r -> r.scenario().where() + ": " + r.scenario().name() + "\n    "
                        + String.join("\n    ", r.failures()))
                .collect(Collectors.joining("\n"));
        assertTrue(failing.isEmpty(), ScenarioRunner.summary(results) + "\n" + failing);
    }

    @Test
    void every_rule_file_has_a_scenario_file_of_the_same_name() throws Exception {
        // The default rule families each have their scenarios: compare/goal.drl -> tests/compare/goal.yaml
        List<String> missing = BundledRules.ruleBase().files().keySet().stream()
                .filter(f -> !f.equals("thresholds.drl"))
                .filter(f -> !java.nio.file.Files.exists(BundledRules.DIR.resolve("tests")
                        .resolve(f.replaceAll("\\.drl$", ".yaml"))))
                .sorted().toList();
        assertTrue(missing.isEmpty(), "rule files without scenarios: " + missing);
    }
}
