package org.wellbeing.engine;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.wellbeing.model.Threshold;
import org.wellbeing.rules.RuleBase;
import org.wellbeing.rules.RuleLocation;

/**
 * Why a derived fact (a rating, trend, flag, recommendation) exists: the rule that inserted it, and
 * in turn the rules behind every derived fact that rule matched, back to the inputs; with the
 * thresholds those rules matched, where each threshold is set, the rule-set version and when.
 *
 * @param steps      the firings in the chain, the one that produced the fact first
 * @param thresholds the thresholds the chain matched, each with the firing that inserted it
 */
public record Explanation(Object fact, List<Firing> steps, List<ThresholdInForce> thresholds,
                          String ruleSetVersion, Instant evaluatedAt) {

    /** A threshold value a rule used, and where it is set. */
    public record ThresholdInForce(String name, double value, String unit, String file, int line) {}

    /** The chain behind {@code fact}; each threshold is placed at the line of the rules that sets it. */
    public static Explanation of(Object fact, Evaluation evaluation, RuleBase rules) {
        List<Firing> steps = new ArrayList<>();
        Map<String, ThresholdInForce> thresholds = new LinkedHashMap<>();
        Map<Object, Boolean> seen = new IdentityHashMap<>();
        Deque<Object> toExplain = new ArrayDeque<>();
        toExplain.add(fact);
        while (!toExplain.isEmpty()) {
            Object next = toExplain.poll();
            if (seen.put(next, Boolean.TRUE) != null) {
                continue;
            }
            Firing firing = evaluation.producedBy().get(next);
            if (firing == null) {
                continue;
            }
            if (next instanceof Threshold t) {
                RuleLocation set = rules.thresholds().getOrDefault(t.name(), new RuleLocation(firing.file(), firing.line()));
                thresholds.put(t.name(), new ThresholdInForce(t.name(), t.value(), t.unit(), set.file(), set.line()));
                continue;
            }
            steps.add(firing);
            toExplain.addAll(firing.matched());
        }
        return new Explanation(fact, List.copyOf(steps), List.copyOf(thresholds.values()),
                evaluation.ruleSetVersion(), evaluation.createdAt());
    }

    /** The chain as a few lines of plain English. */
    public String render(String headline) {
        StringBuilder s = new StringBuilder(headline).append('\n');
        for (Firing f : steps) {
            s.append("  rule ").append(f.ruleId()).append(" \"").append(f.rule()).append("\" in ").append(f.file()).append(':').append(f.line()).append('\n');
            for (Object m : f.matched()) {
                if (!(m instanceof Threshold)) {
                    s.append("      matched ").append(FactText.describe(m)).append('\n');
                }
            }
        }
        if (thresholds.isEmpty()) {
            s.append("  thresholds: none used\n");
        }
        for (ThresholdInForce t : thresholds) {
            s.append("  threshold ").append(t.name()).append(" = ").append(FactText.number(t.value())).append(' ')
                    .append(t.unit()).append(" (").append(t.file()).append(':').append(t.line()).append(")\n");
        }
        s.append("  rule set ").append(ruleSetVersion).append(", evaluated ").append(evaluatedAt).append('\n');
        return s.toString();
    }
}
