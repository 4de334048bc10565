package org.wellbeing.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wellbeing.engine.Evaluation;
import org.wellbeing.engine.Evaluator;
import org.wellbeing.model.Facts;
import org.wellbeing.model.Rating;
import org.wellbeing.model.Threshold;

/** Compiled rules are read back for unchanged files, and never for changed or broken ones. */
class CompiledRuleCacheTest {
    private static final String RULES = """
            package t;
            import org.wellbeing.model.Threshold;
            rule "Insert a threshold"
                @id("t.insert")
            when
            then
                insert(new Threshold("t.band", %s, "points"));
            end
            """;

    @TempDir Path cacheDir;

    private static Map<String, String> files(String value) {
        return new TreeMap<>(Map.of("t.drl", RULES.formatted(value)));
    }

    private long keptFiles() throws Exception {
        try (Stream<Path> files = Files.list(cacheDir)) {
            return files.filter(f -> f.toString().endsWith(".rules")).count();
        }
    }

    private static double thresholdFrom(RuleBase rules) {
        Evaluation e = new Evaluator().evaluate(rules, new Facts(List.of(), List.of(), List.of()));
        return e.derived(Threshold.class).get(0).value();
    }

    @Test
    void unchangedRulesAreReadBackAndGiveTheSameResults() throws Exception {
        // Given rules compiled once with a cache
        CompiledRuleCache cache = CompiledRuleCache.in(cacheDir);
        RuleBase compiled = new RuleCompiler(cache).compile("t", files("2.0"));

        // When the same files are compiled again, as by a second command
        RuleBase readBack = new RuleCompiler(cache).compile("t", files("2.0"));

        // Then the second comes from the cache, is the same rule set, with ids, and evaluates the same
        assertEquals(1, cache.hits());
        assertEquals(compiled.version(), readBack.version());
        assertEquals("t.insert", readBack.idOf("Insert a threshold"));
        assertEquals(thresholdFrom(compiled), thresholdFrom(readBack));
        assertEquals(2.0, thresholdFrom(readBack));
    }

    @Test
    void aChangedFileIsCompiledAndKeptUnderItsOwnVersion() throws Exception {
        CompiledRuleCache cache = CompiledRuleCache.in(cacheDir);
        RuleBase before = new RuleCompiler(cache).compile("t", files("2.0"));

        RuleBase after = new RuleCompiler(cache).compile("t", files("3.0"));

        assertEquals(0, cache.hits(), "a changed file is never served from the cache");
        assertNotEquals(before.version(), after.version());
        assertEquals(3.0, thresholdFrom(after));
        assertEquals(2, keptFiles());
    }

    @Test
    void aBrokenFileIsRefusedAndNothingIsKeptForIt() throws Exception {
        CompiledRuleCache cache = CompiledRuleCache.in(cacheDir);
        new RuleCompiler(cache).compile("t", files("2.0"));

        assertThrows(RuleSetException.class, () -> new RuleCompiler(cache).compile("t", files("2.0 +")));

        assertEquals(1, keptFiles());
    }

    @Test
    void anUnreadableCacheFileIsIgnoredAndTheRulesCompiled() throws Exception {
        CompiledRuleCache cache = CompiledRuleCache.in(cacheDir);
        RuleBase first = new RuleCompiler(cache).compile("t", files("2.0"));
        Files.writeString(cache.fileFor(first.version()), "not what was written");

        RuleBase again = new RuleCompiler(cache).compile("t", files("2.0"));

        assertEquals(0, cache.hits());
        assertEquals(2.0, thresholdFrom(again));
    }

    @Test
    void theBundledRulesReadBackRateLikeTheCompiledOnes() throws Exception {
        CompiledRuleCache cache = CompiledRuleCache.in(cacheDir);
        Map<String, String> bundled = RuleFiles.read(Path.of("rules"));
        RuleBase compiled = new RuleCompiler(cache).compile("rules", bundled);
        RuleBase readBack = new RuleCompiler(cache).compile("rules", bundled);
        Facts town = org.wellbeing.io.town.TownDatasetReader.read(Path.of("data", "luton")).facts();

        List<String> a = new Evaluator().evaluate(compiled, town).ratings().stream().map(CompiledRuleCacheTest::outcome).toList();
        List<String> b = new Evaluator().evaluate(readBack, town).ratings().stream().map(CompiledRuleCacheTest::outcome).toList();

        assertEquals(1, cache.hits());
        assertEquals(a, b);
    }

    @Test
    void pruningKeepsTheRuleSetsUsedLastNotOnlyThoseWrittenLast() throws Exception {
        CompiledRuleCache cache = CompiledRuleCache.in(cacheDir);
        for (int i = 0; i < 16; i++) { // v0 written first, then 15 edits, each an hour later
            cache.write("v" + i, List.of());
            Files.setLastModifiedTime(cache.fileFor("v" + i),
                    java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - (20 - i) * 3_600_000L));
        }
        assertEquals(List.of(), List.copyOf(cache.read("v0"))); // v0 is still in daily use

        cache.write("v16", List.of()); // a 17th rule set: one must go

        assertTrue(Files.isRegularFile(cache.fileFor("v0")), "the rule set read last is kept");
        assertFalse(Files.exists(cache.fileFor("v1")), "the one neither written nor read since is pruned");
        assertEquals(16, keptFiles());
    }

    private static String outcome(Rating r) {
        return r.observationKey() + " " + r.comparator() + " " + r.outcome() + " " + r.method() + " " + r.reason();
    }
}
