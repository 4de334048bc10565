package org.wellbeing.engine;

import java.util.HashSet;
import java.util.Set;
import org.wellbeing.model.Threshold;

/**
 * Which rules fired in an evaluation, and which thresholds their firings matched.
 *
 * @param rulesFired        rule names
 * @param thresholdsMatched names of the {@link Threshold} facts some firing matched
 */
public record RuleUse(Set<String> rulesFired, Set<String> thresholdsMatched) {
    public static final RuleUse NONE = new RuleUse(Set.of(), Set.of());

    public RuleUse {
        rulesFired = Set.copyOf(rulesFired);
        thresholdsMatched = Set.copyOf(thresholdsMatched);
    }

    public static RuleUse of(Evaluation evaluation) {
        Set<String> rules = new HashSet<>();
        Set<String> thresholds = new HashSet<>();
        for (Firing f : evaluation.firings()) {
            rules.add(f.rule());
            for (Object matched : f.matched()) {
                if (matched instanceof Threshold t) {
                    thresholds.add(t.name());
                }
            }
        }
        return new RuleUse(rules, thresholds);
    }

    public RuleUse plus(RuleUse other) {
        Set<String> rules = new HashSet<>(rulesFired);
        rules.addAll(other.rulesFired);
        Set<String> thresholds = new HashSet<>(thresholdsMatched);
        thresholds.addAll(other.thresholdsMatched);
        return new RuleUse(rules, thresholds);
    }
}
