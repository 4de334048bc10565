package org.wellbeing.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.wellbeing.audit.AuditStore;
import org.wellbeing.audit.EvaluationRecord;
import org.wellbeing.audit.StoredEvaluation;
import org.wellbeing.engine.Evaluation;
import org.wellbeing.engine.Evaluator;
import org.wellbeing.io.out.EvaluationDocument;
import org.wellbeing.io.out.FactEntry;
import org.wellbeing.io.out.FiringEntry;
import org.wellbeing.io.out.RatingRow;
import org.wellbeing.model.Indicator;
import org.wellbeing.model.Rating;
import org.wellbeing.rules.RuleBase;
import org.wellbeing.rules.RuleBaseHolder;

/**
 * Runs evaluations and keeps them: one rule-base snapshot per evaluation (old or new rules, never a mix),
 * and an evaluation counts as done only once the audit store has committed it.
 */
public final class EvaluationService {
    private final RuleBaseHolder rules;
    private final AuditStore store;
    private final Map<String, Integer> catalogueOrder = new HashMap<>();
    private final Evaluator evaluator = new Evaluator();

    public EvaluationService(RuleBaseHolder rules, AuditStore store, List<Indicator> catalogue) {
        this.rules = rules;
        this.store = store;
        catalogue.forEach(i -> catalogueOrder.putIfAbsent(i.id(), catalogueOrder.size()));
    }

    /** Evaluates on the live rules and returns once the evaluation (ratings, facts and trace) is stored. */
    public StoredDocument evaluate(EvaluationInput input) {
        RuleBase snapshot = rules.current();
        Evaluation e = evaluator.evaluate(snapshot, input.facts());
        List<RatingRow> ratings = sorted(e.ratings()).stream().map(r -> RatingRow.of(r, e)).toList();
        EvaluationDocument doc = EvaluationDocument.of(e, input.source(), input.area(), input.facts(), ratings);
        StoredEvaluation stored = store.append(new EvaluationRecord(doc.id(), e.createdAt(), doc.ruleSetVersion(),
                doc.inputDigest(), doc.toJson()));
        return new StoredDocument(stored.sequence(), stored.hash(), doc);
    }

    /** A stored evaluation. */
    public Optional<StoredDocument> find(String id) {
        return store.find(id).map(s -> new StoredDocument(s.sequence(), s.hash(),
                EvaluationDocument.fromJson(s.record().payloadJson())));
    }

    /** A stored evaluation, or {@link NotFoundException}. */
    public StoredDocument get(String id) {
        return find(id).orElseThrow(() -> new NotFoundException("no evaluation with id '" + id + "'"));
    }

    /**
     * The firings that produced an indicator's ratings (and any other fact about it) in a stored evaluation.
     *
     * @throws NotFoundException when there is no such evaluation, or no firing about that indicator in it
     */
    public TraceView trace(String id, String indicatorId) {
        EvaluationDocument d = get(id).document();
        List<TraceView.Step> steps = new ArrayList<>();
        for (FiringEntry f : d.trace()) {
            if (f.inserted().stream().anyMatch(ref -> indicatorId.equals(d.fact(ref).indicatorId()))) {
                List<FactEntry> matched = f.matched().stream().map(d::fact).toList();
                steps.add(new TraceView.Step(f.sequence(), f.rule(), f.file(), f.line(), f.location(), matched,
                        f.inserted().stream().map(d::fact).toList(),
                        matched.stream().filter(m -> m.type().equals("Threshold")).map(FactEntry::fact).toList()));
            }
        }
        if (steps.isEmpty()) {
            throw new NotFoundException("evaluation '" + id + "' has no firings for indicator '" + indicatorId + "'");
        }
        return new TraceView(d.id(), d.createdAt(), d.ruleSetVersion(), indicatorId,
                d.ratings().stream().filter(r -> r.indicatorId().equals(indicatorId)).toList(), steps);
    }

    /** Catalogue order, then area, period and comparator. */
    private List<Rating> sorted(List<Rating> ratings) {
        List<Rating> copy = new ArrayList<>(ratings);
        copy.sort(Comparator.<Rating>comparingInt(r -> catalogueOrder.getOrDefault(r.indicatorId(), Integer.MAX_VALUE))
                .thenComparing(Rating::indicatorId)
                .thenComparing(Rating::areaCode)
                .thenComparing(Rating::period)
                .thenComparing(r -> r.comparator().ordinal()));
        return copy;
    }
}
