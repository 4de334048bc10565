package org.wellbeing.bench;

import java.util.HashMap;
import java.util.Map;
import org.kie.api.runtime.KieSession;
import org.wellbeing.model.Threshold;
import org.wellbeing.rules.RuleBase;

/**
 * The threshold values a rule base puts in force, read from its own {@code Threshold} facts: a session
 * with no input facts is fired and the thresholds it inserted are collected. So the plain-Java baseline
 * reads the very numbers the rules read, whatever {@code rules/thresholds.drl} says today.
 */
public record Thresholds(Map<String, Double> values) {

    public Thresholds {
        values = Map.copyOf(values);
    }

    public static Thresholds of(RuleBase rules) {
        KieSession session = rules.kieBase().newKieSession();
        try {
            session.fireAllRules();
            Map<String, Double> values = new HashMap<>();
            for (Object fact : session.getObjects(o -> o instanceof Threshold)) {
                Threshold t = (Threshold) fact;
                values.put(t.name(), t.value());
            }
            return new Thresholds(values);
        } finally {
            session.dispose();
        }
    }

    /** The value of a threshold; a name the rules do not define is an error, never a silent default. */
    public double get(String name) {
        Double value = values.get(name);
        if (value == null) {
            throw new IllegalStateException("the rules define no threshold \"" + name + "\"");
        }
        return value;
    }
}
