package org.wellbeing.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wellbeing.engine.Evaluation;
import org.wellbeing.engine.Evaluator;
import org.wellbeing.model.Facts;
import org.wellbeing.testing.BundledRules;
import org.wellbeing.testing.SmallRules;
import org.wellbeing.testing.Fixtures;

/** The rule-set version is a hash over the files' paths and contents: same files, same version; any change, a new one. */
class RuleSetVersionTest {

    @Test
    void whenTheSameFilesAreCompiledTwice_thenTheVersionIsTheSame(@TempDir Path copy) throws Exception {
        // Given the bundled rules, and a byte-for-byte copy of them in another directory
        Fixtures.copyTree(BundledRules.DIR, copy);

        // When both are compiled
        RuleBase original = BundledRules.ruleBase();
        RuleBase copied = new RuleCompiler().compile(copy);

        // Then the versions are equal: the directory's name is not part of the version
        assertEquals(original.version(), copied.version());
        assertTrue(original.version().matches("[0-9a-f]{64}"), original.version());
        assertEquals(original.version().substring(0, 12), original.shortVersion());
    }

    @Test
    void whenOneCharacterOfOneFileChanges_thenTheVersionChanges() {
        // Given the bundled rule files, and the same with one character of a comment changed
        Map<String, String> files = BundledRules.files();
        Map<String, String> edited = new TreeMap<>(files);
        String thresholds = files.get("thresholds.drl");
        int at = thresholds.indexOf("Every tunable number");
        edited.put("thresholds.drl", thresholds.substring(0, at) + "e" + thresholds.substring(at + 1));

        // When their versions are computed
        String before = RuleFiles.version(files);
        String after = RuleFiles.version(edited);

        // Then they differ, while the unchanged files hash as before
        assertNotEquals(before, after);
        assertEquals(before, RuleFiles.version(BundledRules.files()));
        assertEquals(BundledRules.ruleBase().version(), before);
    }

    @Test
    void whenAFileIsRenamed_thenTheVersionChanges() {
        // Given the bundled rule files, and the same with one file under another name
        Map<String, String> files = BundledRules.files();
        Map<String, String> renamed = new TreeMap<>(files);
        renamed.put("compare/goals.drl", renamed.remove("compare/goal.drl"));

        // When their versions are computed
        // Then they differ: paths are part of the version
        assertNotEquals(RuleFiles.version(files), RuleFiles.version(renamed));
    }

    @Test
    void everyEvaluationCarriesTheVersionOfTheRulesItRanOn() throws Exception {
        // Given the tests' small rule set and a copy with a comment added (the mechanics hold for any rule set)
        Map<String, String> edited = SmallRules.files();
        edited.put(SmallRules.THRESHOLDS, edited.get(SmallRules.THRESHOLDS) + "\n// edited\n");
        RuleBase changed = new RuleCompiler().compile("edited", edited);
        Facts none = new Facts(List.of(), List.of(), List.of());

        // When the same facts are evaluated on each
        Evaluation onOriginal = new Evaluator().evaluate(SmallRules.ruleBase(), none);
        Evaluation onChanged = new Evaluator().evaluate(changed, none);

        // Then each evaluation records its own rule set's version
        assertEquals(SmallRules.ruleBase().version(), onOriginal.ruleSetVersion());
        assertEquals(changed.version(), onChanged.ruleSetVersion());
        assertNotEquals(onOriginal.ruleSetVersion(), onChanged.ruleSetVersion());
        assertEquals(onOriginal.inputDigest(), onChanged.inputDigest());
    }
}
