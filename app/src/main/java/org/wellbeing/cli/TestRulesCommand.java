package org.wellbeing.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.wellbeing.io.CatalogueReader;
import org.wellbeing.rules.RuleBase;
import org.wellbeing.scenarios.Scenario;
import org.wellbeing.scenarios.ScenarioException;
import org.wellbeing.scenarios.ScenarioReader;
import org.wellbeing.scenarios.ScenarioResult;
import org.wellbeing.scenarios.ScenarioRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Runs the scenario tests of a rules directory ({@code RULES/tests/**.yaml}) on its rules and ends with the
 * plain line {@code N passed, M failed}. Exit 0 when all pass, 1 when any fails or the rules do not compile,
 * 2 when a scenario file cannot be read (each problem named by file, line and field path).
 */
@Command(name = "test-rules", mixinStandardHelpOptions = true,
        description = "Run the scenario tests (RULES/tests/*.yaml) on the rules; ends with 'N passed, M failed'.")
final class TestRulesCommand implements Callable<Integer> {
    @Mixin EngineOptions engine;
    @Spec CommandSpec spec;

    @Option(names = "--tests", paramLabel = "DIR", description = "scenario files (default: the rules directory's tests/)")
    Path tests;

    @Option(names = {"-q", "--quiet"}, description = "print failing scenarios only, and the summary line")
    boolean quiet;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path dir = tests != null ? tests : engine.rules.resolve("tests");
        Path catalogue = engine.data.resolve("indicators.csv");
        List<Scenario> scenarios;
        try {
            scenarios = new ScenarioReader(CatalogueReader.read(catalogue), catalogue.toString()).readDirectory(dir);
        } catch (ScenarioException e) {
            e.problems().forEach(err::println);
            err.printf("%d problems in the scenario files: no scenario was run%n", e.problems().size());
            err.flush();
            return Main.BAD_INPUT;
        }
        RuleBase rules = engine.compileRules();
        if (scenarios.isEmpty()) {
            err.println("warning: no scenarios found in " + dir + " (*.yaml, *.yml)");
        }
        List<ScenarioResult> results = new ScenarioRunner().run(rules, scenarios);
        for (ScenarioResult r : results) {
            if (r.passed() && quiet) {
                continue;
            }
            out.printf("%s  %s: %s%n", r.passed() ? "PASS" : "FAIL", r.scenario().where(), r.scenario().name());
            r.failures().forEach(f -> out.println("        " + f));
        }
        out.println(ScenarioRunner.summary(results));
        out.flush();
        err.flush();
        return results.stream().allMatch(ScenarioResult::passed) ? 0 : 1;
    }
}
