package org.wellbeing.rules;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.kie.api.KieBase;

/**
 * A compiled, immutable rule set: what every evaluation runs on. Replaced whole on reload, never edited.
 *
 * @param version        SHA-256 over the files' relative paths and contents
 * @param files          relative path to DRL text, as compiled
 * @param rules          rule name to where it is written
 * @param ids            rule name to its stable id (its {@code @id} metadata), for the rules that have one
 * @param thresholds     threshold name to where its value is set (the line of its insert)
 */
public record RuleBase(
        String version,
        Instant loadedAt,
        String directory,
        Map<String, String> files,
        Map<String, RuleLocation> rules,
        Map<String, String> ids,
        Map<String, RuleLocation> thresholds,
        KieBase kieBase) {

    public RuleLocation locate(String ruleName) {
        return rules.getOrDefault(ruleName, new RuleLocation("?", 0));
    }

    /** The rule's stable id, or its name where it has none. */
    public String idOf(String ruleName) {
        return ids.getOrDefault(ruleName, ruleName);
    }

    /** Names of the thresholds the rule files insert. */
    public Set<String> thresholdNames() {
        return thresholds.keySet();
    }

    public String shortVersion() {
        return version.substring(0, 12);
    }
}
