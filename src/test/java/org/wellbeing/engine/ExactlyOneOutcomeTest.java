package org.wellbeing.engine;

import org.wellbeing.model.Facts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.wellbeing.testing.Comparisons.benchmark;
import static org.wellbeing.testing.Comparisons.indicator;
import static org.wellbeing.testing.Comparisons.observation;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.wellbeing.io.town.TownDataset;
import org.wellbeing.io.town.TownDatasetReader;
import org.wellbeing.model.Comparator;
import org.wellbeing.model.ComparisonMethod;
import org.wellbeing.model.Indicator;
import org.wellbeing.model.Observation;
import org.wellbeing.model.Polarity;
import org.wellbeing.model.ValueType;
import org.wellbeing.rules.RuleBase;
import org.wellbeing.rules.RuleCompiler;
import org.wellbeing.testing.BundledRules;

/** Every indicator x comparator ends with exactly one outcome; a conflict or a gap is reported, never silent. */
class ExactlyOneOutcomeTest {
    private static final String HEADER = "package wellbeing;\n\nimport org.wellbeing.model.*;\n\n";

    @Test
    void theBundledRulesGiveExactlyOneOutcomePerComparisonOnTheTownsData() throws Exception {
        // Given the town's data for both periods
        TownDataset luton = TownDatasetReader.read(Path.of("data", "luton"));

        // When it is evaluated on the bundled rules
        Evaluation evaluation = new Evaluator().evaluate(BundledRules.ruleBase(), luton.facts());

        // Then there is no problem and one rating per observation and comparator
        assertEquals(List.of(), evaluation.problems());
        assertEquals(luton.facts().observations().size() * Comparator.values().length, evaluation.ratings().size());
    }

    @Test
    void whenAnExtraFileRepeatsARuleUnderANewName_thenAConflictNamesBothRuleFiles() throws Exception {
        // Given the bundled rules plus compare/extra.drl holding a copy of "Similar to the benchmark"
        Map<String, String> files = BundledRules.files();
        String copy = BundledRules.ruleText(files.get("compare/polarity.drl"), "Similar to the benchmark")
                .replace("rule \"Similar to the benchmark\"", "rule \"Similar to the benchmark, copied\"")
                .replace("@id(\"compare.similar\")", "@id(\"extra.similar-copied\")");
        files.put("compare/extra.drl", HEADER + copy + "\n");
        RuleBase rules = new RuleCompiler().compile("rules", files);

        // When an AMBER comparison is evaluated
        Indicator i = indicator("conflicted", ValueType.PROPORTION, Polarity.HIGH_IS_GOOD, ComparisonMethod.CONFIDENCE_INTERVALS);
        Observation o = observation(i, 50.0, 48.0, 52.0);
        Evaluation evaluation = new Evaluator().evaluate(rules,
                new Facts(List.of(i), List.of(o), List.of(benchmark(o, Comparator.ENGLAND, 50.0))));

        // Then exactly that comparison has a conflict, naming both rules and their files
        assertEquals(1, evaluation.problems().size(), evaluation.problems().toString());
        CoverageProblem conflict = evaluation.problems().get(0);
        assertEquals("england", conflict.comparator());
        assertEquals(o.key(), conflict.observationKey());
        assertTrue(conflict.message().startsWith("conflict: 2 outcomes for conflicted"), conflict.message());
        assertTrue(conflict.message().contains("\"Similar to the benchmark, copied\" (compare/extra.drl:5)"),
                conflict.message());
        assertTrue(conflict.message().contains("\"Similar to the benchmark\" (compare/polarity.drl:"),
                conflict.message());
        assertTrue(conflict.where().startsWith("compare/"), conflict.where());
    }

    @Test
    void whenAConflictingRuleIsAdded_thenTheTownsDataShowsConflictsOnly() throws Exception {
        // Given the bundled rules plus a copy of "Goal: not compared, the indicator has no goal"
        Map<String, String> files = BundledRules.files();
        String copy = BundledRules.ruleText(files.get("compare/goal.drl"), "Goal: not compared, the indicator has no goal")
                .replace("rule \"Goal: not compared, the indicator has no goal\"", "rule \"No goal, said twice\"")
                .replace("@id(\"compare.goal-none\")", "@id(\"extra.no-goal-twice\")");
        files.put("compare/extra.drl", HEADER + copy + "\n");
        RuleBase rules = new RuleCompiler().compile("rules", files);

        // When the town's 2022/23 data is evaluated
        TownDataset luton = TownDatasetReader.read(Path.of("data", "luton"));
        Evaluation evaluation = new Evaluator().evaluate(rules, luton.facts().forPeriod("2022/23"));

        // Then every problem is a goal conflict naming the extra file
        assertFalse(evaluation.problems().isEmpty());
        for (CoverageProblem p : evaluation.problems()) {
            assertEquals("goal", p.comparator(), p.toString());
            assertTrue(p.message().startsWith("conflict:"), p.toString());
            assertTrue(p.toString().contains("\"No goal, said twice\" (compare/extra.drl:5)"), p.toString());
        }
    }

    @Test
    void whenARuleIsRemoved_thenAGapIsReportedForTheComparisonItCovered() throws Exception {
        // Given the bundled rules without "Goal: not compared, the indicator has no goal"
        Map<String, String> files = BundledRules.files();
        files.put("compare/goal.drl",
                BundledRules.withoutRule(files.get("compare/goal.drl"), "Goal: not compared, the indicator has no goal"));
        RuleBase rules = new RuleCompiler().compile("rules-without-no-goal", files);

        // When an indicator without a goal is evaluated
        Indicator i = indicator("goalless", ValueType.PROPORTION, Polarity.HIGH_IS_GOOD, ComparisonMethod.CONFIDENCE_INTERVALS);
        Observation o = observation(i, 50.0);
        Evaluation evaluation = new Evaluator().evaluate(rules,
                new Facts(List.of(i), List.of(o), List.of(benchmark(o, Comparator.ENGLAND, 50.0))));

        // Then its goal comparison is a gap, and the other three comparisons are still rated
        assertEquals(List.of(new CoverageProblem("rules-without-no-goal:0", o.key(), "goal",
                        "gap: no rule gave an outcome for goalless (E06000032, 2022/23) against goal")),
                evaluation.problems());
        assertEquals(3, evaluation.ratings().size());
    }
}
