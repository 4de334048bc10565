package org.wellbeing.service;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.wellbeing.io.out.EvaluationDocument;
import org.wellbeing.io.out.FactEntry;
import org.wellbeing.io.out.FiringEntry;
import org.wellbeing.rules.RuleBase;
import org.wellbeing.rules.RuleLocation;

/**
 * Walks a stored evaluation's trace: which firing inserted each fact, the chain of firings behind a fact
 * back to the inputs, and the thresholds those firings matched. Works on the stored document alone, so an
 * evaluation can be explained long after the rules that made it were replaced.
 */
final class TraceChain {
    private final EvaluationDocument document;
    private final Map<Integer, FiringEntry> producer = new HashMap<>();
    private final Map<String, RuleLocation> thresholdLines;

    /**
     * @param live the live rules: where the evaluation ran on them, thresholds are placed at the line that sets
     *             them; otherwise at the rule that inserted them
     */
    TraceChain(EvaluationDocument document, RuleBase live) {
        this.document = document;
        document.trace().forEach(f -> f.inserted().forEach(ref -> producer.putIfAbsent(ref, f)));
        this.thresholdLines = live.version().equals(document.ruleSetVersion()) ? live.thresholds() : Map.of();
    }

    /** The firings behind {@code subjects}: the ones that inserted them first, then those behind what they matched. */
    List<FiringEntry> behind(List<Integer> subjects) {
        List<FiringEntry> steps = new ArrayList<>();
        Set<Integer> seenFacts = new HashSet<>();
        Set<Integer> seenFirings = new HashSet<>();
        Deque<Integer> toExplain = new ArrayDeque<>(subjects);
        while (!toExplain.isEmpty()) {
            int ref = toExplain.poll();
            if (!seenFacts.add(ref)) {
                continue;
            }
            FiringEntry firing = producer.get(ref);
            if (firing == null || isThreshold(document.fact(ref)) || !seenFirings.add(firing.sequence())) {
                continue;
            }
            steps.add(firing);
            toExplain.addAll(firing.matched());
        }
        return steps;
    }

    /** Every threshold the firings matched, once, in the order first matched. */
    List<TraceView.ThresholdInForce> thresholds(List<FiringEntry> firings) {
        Map<String, TraceView.ThresholdInForce> found = new LinkedHashMap<>();
        for (FiringEntry f : firings) {
            for (int ref : f.matched()) {
                FactEntry fact = document.fact(ref);
                if (isThreshold(fact)) {
                    JsonNode t = fact.fact();
                    String name = t.path("name").asText();
                    found.putIfAbsent(name, new TraceView.ThresholdInForce(name, t.path("value").asDouble(),
                            t.path("unit").asText(), where(name, ref)));
                }
            }
        }
        return List.copyOf(found.values());
    }

    private String where(String threshold, int ref) {
        RuleLocation set = thresholdLines.get(threshold);
        if (set != null) {
            return set.toString();
        }
        FiringEntry inserted = producer.get(ref);
        return inserted == null ? "" : inserted.location();
    }

    static boolean isThreshold(FactEntry fact) {
        return fact.type().equals("Threshold");
    }
}
