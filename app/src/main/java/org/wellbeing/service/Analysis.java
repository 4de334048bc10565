package org.wellbeing.service;

import java.util.List;
import org.wellbeing.engine.Evaluation;
import org.wellbeing.engine.Evaluator;
import org.wellbeing.io.out.EvaluationDocument;
import org.wellbeing.io.out.FactEntry;
import org.wellbeing.io.out.FiringEntry;
import org.wellbeing.model.Facts;
import org.wellbeing.model.Rating;
import org.wellbeing.rules.RuleBase;

/**
 * One evaluation of a dataset on a rule base, not stored: what the command line reports, ranks, compares and
 * explains from. The service's stored evaluations and their replays are evaluated here too, so that there is one
 * place that evaluates, one order of ratings ({@link RatingOrder}) and one explanation chain ({@link TraceChain},
 * the trace endpoint's).
 */
public final class Analysis {
    private final RuleBase rules;
    private final Facts facts;
    private final Evaluation evaluation;
    private final RatingOrder order;
    private Traced traced;
    private String policyVersion;

    private Analysis(RuleBase rules, Facts facts, Evaluation evaluation) {
        this.rules = rules;
        this.facts = facts;
        this.evaluation = evaluation;
        this.order = new RatingOrder(facts.indicators());
    }

    /** Evaluates the facts on the rules. */
    public static Analysis of(RuleBase rules, Facts facts) {
        return new Analysis(rules, facts, evaluate(rules, facts));
    }

    /** The one call into the engine of the application: a fresh session on this rule-base snapshot. */
    static Evaluation evaluate(RuleBase rules, Facts facts) {
        return new Evaluator().evaluate(rules, facts);
    }

    public Evaluation evaluation() { return evaluation; }

    /**
     * The policy version this evaluation ran on: the rule files and the catalogue (indicators with their polarity,
     * workstreams, links), as the audit store names it, so that a change to either shows in every output.
     */
    public String policyVersion() {
        if (policyVersion == null) {
            policyVersion = PolicyVersions.versionOf(rules, facts);
        }
        return policyVersion;
    }

    /** The first 12 characters of {@link #policyVersion()}, as text outputs show it beside the rule set's. */
    public String shortPolicyVersion() {
        return policyVersion().substring(0, 12);
    }
    public Facts facts() { return facts; }
    public RuleBase rules() { return rules; }

    /** Every rating, in the one order. */
    public List<Rating> ratings() {
        return order.sorted(evaluation.ratings());
    }

    /** The ratings of one period, in the one order. */
    public List<Rating> ratingsIn(String period) {
        return order.sorted(evaluation.ratings().stream().filter(r -> r.period().equals(period)).toList());
    }

    /**
     * Why a derived fact (a rating, trend, flag, ...) of this evaluation exists: the chain the trace endpoint walks
     * for a stored evaluation, walked over this one's trace.
     *
     * @throws IllegalArgumentException when the fact is not one this evaluation derived
     */
    public Chain explain(Object derivedFact) {
        Traced t = traced();
        Integer ref = t.refOf(derivedFact);
        if (ref == null || t.document().fact(ref).input()) {
            throw new IllegalArgumentException("not a fact this evaluation derived: " + derivedFact);
        }
        TraceChain chain = new TraceChain(t.document(), rules);
        List<FiringEntry> firings = chain.behind(List.of(ref));
        return new Chain(derivedFact, EvaluationService.steps(t.document(), firings), chain.thresholds(firings),
                evaluation.ruleSetVersion(), t.document().createdAt(), t.objects());
    }

    private synchronized Traced traced() {
        if (traced == null) {
            List<Object> objects = EvaluationDocument.factObjects(evaluation, facts);
            EvaluationDocument document = EvaluationDocument.of(evaluation, null, null, facts, List.of());
            traced = new Traced(document, objects);
        }
        return traced;
    }

    /** This evaluation as a document with its trace, and the engine's objects behind its facts, by ref. */
    private record Traced(EvaluationDocument document, List<Object> objects) {
        Integer refOf(Object fact) {
            for (int i = 0; i < objects.size(); i++) {
                if (objects.get(i) == fact) return i;
            }
            return null;
        }
    }

    /**
     * The chain behind one derived fact: the firings, the one that inserted it first, then those behind every
     * derived fact they matched, back to the inputs; the thresholds they matched, with where each is set.
     *
     * @param facts the engine's objects behind the steps' facts, by {@link FactEntry#ref()}
     */
    public record Chain(Object fact, List<TraceView.Step> steps, List<TraceView.ThresholdInForce> thresholds,
                        String ruleSetVersion, String evaluatedAt, List<Object> facts) {
        /** The engine's object behind a fact of a step. */
        public Object object(FactEntry entry) {
            return facts.get(entry.ref());
        }
    }
}
