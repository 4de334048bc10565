package org.wellbeing.service;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.time.Instant;
import org.wellbeing.audit.AuditStore;
import org.wellbeing.audit.PolicyVersion;
import org.wellbeing.audit.StoredEvaluation;
import org.wellbeing.io.out.Catalogue;
import org.wellbeing.io.out.CompactInputs;
import org.wellbeing.io.out.CompactRecord;
import org.wellbeing.io.out.TraceDigest;
import org.wellbeing.engine.Evaluation;
import org.wellbeing.model.Facts;
import org.wellbeing.engine.Firing;
import org.wellbeing.io.out.EvaluationDocument;
import org.wellbeing.io.out.FactEntry;
import org.wellbeing.io.out.FiringEntry;
import org.wellbeing.io.Json;
import org.wellbeing.model.Benchmark;
import org.wellbeing.model.Indicator;
import org.wellbeing.model.Observation;
import org.wellbeing.rules.RuleBase;
import org.wellbeing.rules.RuleCompiler;
import org.wellbeing.rules.RuleSetException;

/**
 * Re-runs a stored evaluation under the rule files it used (kept in the audit store by version) on its
 * stored inputs, and says whether every derived fact comes out identical. The inputs are rebuilt from
 * the stored record and must hash to the stored input digest; the rules must hash to the stored version.
 *
 * <p>A compact record ({@link CompactRecord}) keeps a digest of its trace instead of the trace: its replay is
 * identical when the replayed trace has the same digest, which is also how its trace is rebuilt to be shown.
 * A record stored before keeps its derived facts, which are compared with the replayed ones one by one.
 */
public final class Replay {
    private static final ObjectReader LENIENT = Json.MAPPER.reader().without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final int LISTED = 20;

    /** What a replay found: identical or not, with counts and up to 20 differences. */
    public record Result(String evaluationId, String ruleSetVersion, boolean inputsMatch, int derivedStored,
                         int derivedReplayed, List<String> differences) {
        public boolean identical() {
            return inputsMatch && differences.isEmpty() && derivedStored == derivedReplayed;
        }

        public String render() {
            StringBuilder s = new StringBuilder();
            s.append("replay ").append(evaluationId).append(" under rule set ").append(ruleSetVersion).append('\n');
            s.append("  inputs: ").append(inputsMatch ? "rebuilt, same digest as stored" : "DIFFERENT digest").append('\n');
            s.append("  derived facts: ").append(derivedStored).append(" stored, ").append(derivedReplayed).append(" replayed\n");
            if (differences.isEmpty()) {
                s.append("  trace: same as stored\n");
            }
            differences.forEach(d -> s.append("  difference: ").append(d).append('\n'));
            s.append(identical() ? "IDENTICAL: every result is the same\n" : "DIFFERENT: see above\n");
            return s.toString();
        }
    }

    private Replay() {}

    /** The rule base of a stored rule-set version: the live one when it is that version, else compiled from the files. */
    @FunctionalInterface
    public interface RuleSource {
        RuleBase of(String version, Map<String, String> files) throws RuleSetException;
    }

    /** Compiles the stored files every time (the command line replays one evaluation per run). */
    public static final RuleSource COMPILE = Replay::compile;

    /**
     * A compact record replayed: its header, its inputs rebuilt, the evaluation made again under its policy (with
     * the stored id and time) and the digest of that evaluation's trace.
     */
    record Rebuilt(CompactRecord header, Facts inputs, Evaluation evaluation, TraceDigest digest) {
        boolean inputsMatch() {
            return evaluation.inputDigest().equals(header.inputDigest());
        }

        boolean traceMatches() {
            return digest.digest().equals(header.traceDigest());
        }
    }

    /** Rebuilds a compact record's inputs from the store and evaluates them again under its stored policy. */
    static Rebuilt rebuild(AuditStore store, StoredEvaluation stored, RuleSource rules) throws RuleSetException {
        CompactRecord h = CompactRecord.read(stored.record().payloadJson());
        Map<String, String> policy = store.loadPolicy(h.policyVersion())
                .orElseThrow(() -> new NotFoundException("policy " + h.policyVersion() + " is not in " + store.file()));
        String catalogueText = policy.get(PolicyVersion.CATALOGUE);
        if (catalogueText == null) {
            throw new IllegalStateException("policy " + h.policyVersion() + " has no " + PolicyVersion.CATALOGUE);
        }
        Catalogue catalogue = Catalogue.read(catalogueText);
        RuleBase ruleBase = rules.of(h.ruleSetVersion(), PolicyVersions.ruleFiles(policy));
        if (!ruleBase.version().equals(h.ruleSetVersion())) {
            throw new IllegalStateException("stored rule files hash to " + ruleBase.version() + ", not " + h.ruleSetVersion());
        }
        String inputsText = store.content(h.inputs())
                .orElseThrow(() -> new NotFoundException("inputs " + h.inputs() + " are not in " + store.file()));
        Facts inputs = CompactInputs.read(inputsText, catalogue);
        Evaluation e = Analysis.evaluate(ruleBase, inputs);
        Evaluation same = new Evaluation(h.id(), Instant.parse(h.createdAt()), e.ruleSetVersion(), e.inputDigest(),
                e.ratings(), e.derived(), e.firings(), e.producedBy(), e.problems());
        return new Rebuilt(h, inputs, same, TraceDigest.of(same, inputs));
    }

    public static Result run(AuditStore store, String evaluationId) throws RuleSetException {
        var stored = store.find(evaluationId)
                .orElseThrow(() -> new NotFoundException("no evaluation with id '" + evaluationId + "' in " + store.file()));
        if (CompactRecord.isCompact(stored.record().payloadJson())) {
            Rebuilt r = rebuild(store, stored, COMPILE);
            List<String> differences = new ArrayList<>();
            if (!r.traceMatches()) {
                differences.add("trace digest: stored " + r.header().traceDigest() + ", replayed " + r.digest().digest());
            }
            return new Result(evaluationId, r.header().ruleSetVersion(), r.inputsMatch(), r.header().factCount(),
                    r.digest().factCount(), differences);
        }
        EvaluationDocument doc = EvaluationDocument.fromJson(stored.record().payloadJson());
        Map<String, String> files = store.loadRuleSet(doc.ruleSetVersion())
                .orElseThrow(() -> new NotFoundException("rule set " + doc.ruleSetVersion() + " is not in " + store.file()));
        RuleBase rules = compile(doc.ruleSetVersion(), files);
        if (!rules.version().equals(doc.ruleSetVersion())) {
            throw new IllegalStateException("stored rule files hash to " + rules.version() + ", not " + doc.ruleSetVersion());
        }
        Facts inputs = inputsOf(doc);
        Evaluation replayed = Analysis.evaluate(rules, inputs);
        boolean inputsMatch = replayed.inputDigest().equals(doc.inputDigest());

        Map<String, Integer> storedDerived = new HashMap<>();
        Map<String, java.util.Set<String>> storedFields = new HashMap<>();
        int storedCount = 0;
        for (FiringEntry f : doc.trace()) {
            for (int ref : f.inserted()) {
                FactEntry e = doc.fact(ref);
                storedDerived.merge(text(e), 1, Integer::sum);
                e.fact().fieldNames().forEachRemaining(
                        name -> storedFields.computeIfAbsent(e.type(), t -> new java.util.HashSet<>()).add(name));
                storedCount++;
            }
        }
        List<String> differences = new ArrayList<>();
        int replayedCount = 0;
        for (Firing f : replayed.firings()) {
            for (Object fact : f.inserted()) {
                replayedCount++;
                String key = text(asStored(FactEntry.of(0, fact, false), storedFields));
                Integer left = storedDerived.get(key);
                if (left == null || left == 0) {
                    if (differences.size() < LISTED) differences.add("new in replay: " + key + " by \"" + f.rule() + "\"");
                } else {
                    storedDerived.put(key, left - 1);
                }
            }
        }
        storedDerived.forEach((key, left) -> {
            if (left > 0 && differences.size() < LISTED) differences.add("missing in replay: " + key);
        });
        return new Result(evaluationId, doc.ruleSetVersion(), inputsMatch, storedCount, replayedCount, differences);
    }

    private static RuleBase compile(String version, Map<String, String> files) throws RuleSetException {
        return new RuleCompiler().compile("rule set " + version.substring(0, Math.min(12, version.length()))
                + " from the audit store", files);
    }

    /**
     * A replayed fact with only the fields that the stored facts of its type have: a field added to the fact model
     * after the record was written (with its default value under the stored rules) is no difference of the replay.
     */
    private static FactEntry asStored(FactEntry e, Map<String, java.util.Set<String>> storedFields) {
        java.util.Set<String> fields = storedFields.get(e.type());
        if (fields == null || !(e.fact() instanceof com.fasterxml.jackson.databind.node.ObjectNode object)) {
            return e;
        }
        com.fasterxml.jackson.databind.node.ObjectNode kept = object.deepCopy();
        kept.retain(fields);
        return new FactEntry(e.ref(), e.type(), e.indicatorId(), e.input(), kept);
    }

    private static String text(FactEntry e) {
        return e.type() + " " + e.fact();
    }

    /** The input facts in their stored order, so the input digest can be recomputed. */
    static Facts inputsOf(EvaluationDocument doc) {
        List<Indicator> indicators = new ArrayList<>();
        List<Observation> observations = new ArrayList<>();
        List<Benchmark> benchmarks = new ArrayList<>();
        List<Object> others = new ArrayList<>();
        for (FactEntry e : doc.facts()) {
            if (!e.input()) {
                continue;
            }
            Object fact = read(e);
            if (fact instanceof Indicator i) {
                indicators.add(i);
            } else if (fact instanceof Observation o) {
                observations.add(o);
            } else if (fact instanceof Benchmark b) {
                benchmarks.add(b);
            } else {
                others.add(fact);
            }
        }
        return new Facts(indicators, observations, benchmarks, others);
    }

    private static Object read(FactEntry e) {
        try {
            Class<?> type = Class.forName("org.wellbeing.model." + e.type());
            return LENIENT.forType(type).readValue(e.fact());
        } catch (ClassNotFoundException | java.io.IOException ex) {
            throw new IllegalStateException("stored input fact " + e.ref() + " (" + e.type() + ") cannot be rebuilt: "
                    + ex.getMessage(), ex);
        }
    }
}
