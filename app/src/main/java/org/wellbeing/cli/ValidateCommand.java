package org.wellbeing.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.wellbeing.engine.Evaluation;
import org.wellbeing.service.Analysis;
import org.wellbeing.engine.RuleUse;
import org.wellbeing.engine.UsageCheck;
import org.wellbeing.io.town.TownDataset;
import org.wellbeing.model.Indicator;
import org.wellbeing.rules.RuleBase;
import org.wellbeing.rules.RuleWarning;
import org.wellbeing.scenarios.ScenarioException;
import org.wellbeing.scenarios.ScenarioReader;
import org.wellbeing.scenarios.ScenarioResult;
import org.wellbeing.scenarios.ScenarioRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * Checks a rules directory before it goes live: it must compile, and on the bundled data every
 * indicator x period x comparator must get exactly one outcome, every observation one trend and at most one
 * flag (errors on standard error, exit 1). It also warns, on standard output after the summary line and
 * with the exit code unchanged, of rules that never fired on the data, thresholds no rule reads or no firing
 * matched, and catalogue indicators with no observations. Both print as FILE:LINE: message.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check that the rules compile and give exactly one outcome per comparison on the data; "
                + "warn of rules that never fire and thresholds nothing uses.")
final class ValidateCommand implements Callable<Integer> {
    @Mixin EngineOptions engine;
    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        TownDataset data = engine.readData();
        RuleBase rules = engine.compileRules();
        Evaluation evaluation = Analysis.of(rules, data.facts()).evaluation();
        int status = Problems.report(evaluation, spec.commandLine().getErr());

        List<RuleWarning> warnings = new ArrayList<>();
        warnings.addAll(UsageCheck.check(rules, evaluation, engine.data.toString(), scenarioUse(rules, data, warnings)));
        warnings.addAll(unobserved(data));

        String warned = warnings.isEmpty() ? "" : "; " + warnings.size() + (warnings.size() == 1 ? " warning" : " warnings");
        if (status == 0) {
            out.printf("OK: %d rules in %d files (rule set %s); %d comparisons on %s, each with exactly one outcome%s%n",
                    rules.rules().size(), rules.files().size(), rules.shortVersion(), evaluation.ratings().size(),
                    engine.data, warned);
        } else {
            out.printf("FAILED: %d problems%s%n", evaluation.problems().size(), warned);
        }
        // Warnings on standard output: standard error stays for the problems that make validate fail.
        warnings.forEach(out::println);
        out.flush();
        return status;
    }

    /**
     * What the scenarios under the rules directory's tests/ exercise, per file, so that a rule the data does not
     * reach can be told from one nothing reaches; null (and a warning) when they cannot be read.
     */
    private Map<String, RuleUse> scenarioUse(RuleBase rules, TownDataset data, List<RuleWarning> warnings) {
        Path tests = engine.rules.resolve("tests");
        if (!Files.isDirectory(tests)) {
            return null;
        }
        try {
            List<ScenarioResult> results = new ScenarioRunner().run(rules,
                    new ScenarioReader(data.indicators(), engine.data.resolve("indicators.csv").toString())
                            .readDirectory(tests));
            Map<String, RuleUse> use = new LinkedHashMap<>();
            for (ScenarioResult r : results) {
                String file = engine.rules.relativize(Path.of(r.scenario().file())).toString().replace('\\', '/');
                use.merge(file, r.use(), RuleUse::plus);
            }
            return use;
        } catch (ScenarioException e) {
            var first = e.problems().get(0);
            warnings.add(new RuleWarning(first.file(), first.line(), "the scenario files cannot be read ("
                    + e.problems().size() + " problems, run test-rules), so which rules they exercise is not known"));
            return null;
        } catch (IOException e) {
            warnings.add(new RuleWarning(tests.toString(), 0, "scenarios not read: " + e.getMessage()));
            return null;
        }
    }

    /** Catalogue indicators with no observation at all: none of their comparisons could be checked. */
    private List<RuleWarning> unobserved(TownDataset data) throws IOException {
        Set<String> observed = new HashSet<>();
        data.facts().observations().forEach(o -> observed.add(o.indicatorId()));
        Path catalogue = engine.data.resolve("indicators.csv");
        List<String> lines = Files.readAllLines(catalogue, StandardCharsets.UTF_8);
        List<RuleWarning> warnings = new ArrayList<>();
        for (Indicator i : data.indicators()) {
            if (!observed.contains(i.id())) {
                int line = 0;
                for (int n = 0; n < lines.size(); n++) {
                    if (lines.get(n).startsWith(i.id() + ",")) {
                        line = n + 1;
                        break;
                    }
                }
                warnings.add(new RuleWarning(catalogue.toString(), line, "indicator " + i.id()
                        + " has no observations in " + engine.data + ", so none of its comparisons was checked"));
            }
        }
        return warnings;
    }
}
