package org.wellbeing.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.wellbeing.testing.Comparisons.benchmark;
import static org.wellbeing.testing.Comparisons.indicator;
import static org.wellbeing.testing.Comparisons.observation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wellbeing.model.Comparator;
import org.wellbeing.model.ComparisonMethod;
import org.wellbeing.model.Facts;
import org.wellbeing.model.Indicator;
import org.wellbeing.model.Observation;
import org.wellbeing.model.Polarity;
import org.wellbeing.model.ValueType;
import org.wellbeing.rules.CompiledRuleCache;
import org.wellbeing.rules.RuleBase;
import org.wellbeing.rules.RuleCheck;
import org.wellbeing.rules.RuleCompiler;
import org.wellbeing.testing.SmallRules;

/** A start may take a remembered pass of the coverage check; problems are always found afresh. */
class CoverageCheckTest {
    @TempDir Path cacheDir;

    private final Indicator indicator = indicator("checked", ValueType.PROPORTION, Polarity.HIGH_IS_GOOD,
            ComparisonMethod.CONFIDENCE_INTERVALS);
    private final Observation observation = observation(indicator, 50.0, 48.0, 52.0);
    private final Facts facts = new Facts(List.of(indicator), List.of(observation),
            List.of(benchmark(observation, Comparator.ENGLAND, 50.0)));

    @Test
    void aPassIsRememberedForTheRuleSetAndFacts() throws Exception {
        CompiledRuleCache cache = CompiledRuleCache.in(cacheDir);
        RuleBase rules = SmallRules.ruleBase();
        RuleCheck check = new CoverageCheck(facts).rememberedIn(cache);

        assertEquals(List.of(), check.check(rules));
        assertEquals(1, passes());
        assertEquals(List.of(), check.check(rules));
        assertEquals(1, passes());
    }

    @Test
    void problemsAreFoundEachTimeAndNotRemembered() throws Exception {
        // the small rules plus a copy of their rule for values within the band: two outcomes, a conflict
        RuleBase conflicted = new RuleCompiler(CompiledRuleCache.off()).compile("rules", SmallRules.withWithinBandCopied());
        RuleCheck check = new CoverageCheck(facts).rememberedIn(CompiledRuleCache.in(cacheDir));

        assertEquals(1, check.check(conflicted).size());
        assertEquals(1, check.check(conflicted).size());
        assertEquals(0, passes());
    }

    private long passes() throws Exception {
        try (Stream<Path> files = Files.list(cacheDir)) {
            return files.filter(f -> f.toString().endsWith(".passed")).count();
        }
    }
}
