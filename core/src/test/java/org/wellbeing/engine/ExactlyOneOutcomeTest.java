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
import org.wellbeing.testing.Fixtures;
import org.wellbeing.testing.SmallRules;

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
        // Given the test rules plus compare/extra.drl holding a copy of their rule for values within the band
        RuleBase rules = new RuleCompiler().compile("rules", SmallRules.withWithinBandCopied());

        // When a comparison within the band is evaluated
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
        assertTrue(conflict.message().contains("\"Within the band, copied\" (compare/extra.drl:5)"),
                conflict.message());
        int line = Fixtures.lineOfFile(SmallRules.DIR.resolve(SmallRules.COMPARE), "rule \"Test: within the band\"");
        assertTrue(conflict.message().contains("\"Test: within the band\" (" + SmallRules.COMPARE + ":" + line + ")"),
                conflict.message());
        assertTrue(conflict.where().startsWith("compare/"), conflict.where());
    }

    @Test
    void whenAConflictingRuleIsAdded_thenTheTownsDataShowsConflictsOnly() throws Exception {
        // Given the test rules plus a copy of their rule for comparisons without a benchmark value
        Map<String, String> files = SmallRules.files();
        String copy = BundledRules.ruleText(files.get(SmallRules.COMPARE), "Test: no benchmark value")
                .replace("rule \"Test: no benchmark value\"", "rule \"No benchmark, said twice\"")
                .replace("@id(\"test.no-benchmark\")", "@id(\"extra.no-benchmark-twice\")");
        files.put("compare/extra.drl", HEADER + copy + "\n");
        RuleBase rules = new RuleCompiler().compile("rules", files);

        // When the town's 2022/23 data is evaluated
        TownDataset luton = TownDatasetReader.read(Path.of("data", "luton"));
        Evaluation evaluation = new Evaluator().evaluate(rules, luton.facts().forPeriod("2022/23"));

        // Then every problem is a conflict naming the extra file
        assertFalse(evaluation.problems().isEmpty());
        for (CoverageProblem p : evaluation.problems()) {
            assertTrue(p.message().startsWith("conflict:"), p.toString());
            assertTrue(p.toString().contains("\"No benchmark, said twice\" (compare/extra.drl:5)"), p.toString());
        }
    }

    @Test
    void whenARuleIsRemoved_thenAGapIsReportedForTheComparisonItCovered() throws Exception {
        // Given the test rules without their rule for comparisons without a benchmark value
        Map<String, String> files = SmallRules.files();
        files.put(SmallRules.COMPARE, BundledRules.withoutRule(files.get(SmallRules.COMPARE), "Test: no benchmark value"));
        RuleBase rules = new RuleCompiler().compile("rules-without-no-benchmark", files);

        // When an observation with an England value only is evaluated
        Indicator i = indicator("england-only", ValueType.PROPORTION, Polarity.HIGH_IS_GOOD, ComparisonMethod.CONFIDENCE_INTERVALS);
        Observation o = observation(i, 50.0);
        Evaluation evaluation = new Evaluator().evaluate(rules,
                new Facts(List.of(i), List.of(o), List.of(benchmark(o, Comparator.ENGLAND, 50.0))));

        // Then the three comparisons without a benchmark value are gaps, and England is still rated
        assertEquals(List.of("goal", "neighbours", "region"),
                evaluation.problems().stream().map(CoverageProblem::comparator).sorted().toList());
        for (CoverageProblem p : evaluation.problems()) {
            assertEquals("rules-without-no-benchmark:0", p.where());
            assertTrue(p.message().startsWith("gap: no rule gave an outcome for england-only (E06000032, 2022/23) against "),
                    p.message());
        }
        assertEquals(1, evaluation.ratings().size());
        assertEquals(Comparator.ENGLAND, evaluation.ratings().get(0).comparator());
    }
}
