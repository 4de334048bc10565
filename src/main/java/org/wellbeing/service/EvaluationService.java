package org.wellbeing.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
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
    /** What a trace can focus on: the four comparators, or the trend. */
    public static final List<String> FOCUSES = List.of("england", "region", "neighbours", "goal", "trend");
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
        return evaluateKeeping(input).stored();
    }

    /**
     * As {@link #evaluate}, keeping the engine's own result beside the stored document, for readers that
     * need the derived facts as objects (the priority report).
     */
    Evaluated evaluateKeeping(EvaluationInput input) {
        RuleBase snapshot = rules.current();
        Evaluation e = evaluator.evaluate(snapshot, input.facts());
        List<RatingRow> ratings = sorted(e.ratings()).stream().map(r -> RatingRow.of(r, e)).toList();
        EvaluationDocument doc = EvaluationDocument.of(e, input.source(), input.area(), input.facts(), ratings);
        StoredEvaluation stored = store.append(new EvaluationRecord(doc.id(), e.createdAt(), doc.ruleSetVersion(),
                doc.inputDigest(), doc.toJson()));
        return new Evaluated(e, new StoredDocument(stored.sequence(), stored.hash(), doc));
    }

    /** An evaluation as the engine returned it, and as the audit store keeps it. */
    record Evaluated(Evaluation evaluation, StoredDocument stored) {}

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
        TraceChain chain = new TraceChain(d, rules.current());
        List<FiringEntry> firings = d.trace().stream()
                .filter(f -> f.inserted().stream().anyMatch(ref -> indicatorId.equals(d.fact(ref).indicatorId())))
                .toList();
        if (firings.isEmpty()) {
            throw new NotFoundException("evaluation '" + id + "' has no firings for indicator '" + indicatorId + "'");
        }
        return new TraceView(d.id(), d.createdAt(), d.ruleSetVersion(), indicatorId, null, null, null, List.of(),
                d.ratings().stream().filter(r -> r.indicatorId().equals(indicatorId)).toList(),
                steps(d, firings), chain.thresholds(firings));
    }

    /**
     * One cell of an indicator's ratings explained: the rating against one comparator (or the trend and its
     * worsening flag) in a period, with the chain of firings behind it back to the inputs and the thresholds
     * in force.
     *
     * @param focus  england, region, neighbours, goal or trend
     * @param period null for the latest period of the evaluation
     * @throws InvalidParameterException for an unknown focus or a period the evaluation does not have
     * @throws NotFoundException         when there is no such evaluation, or nothing to explain for that cell
     */
    public TraceView trace(String id, String indicatorId, String focus, String period) {
        EvaluationDocument d = get(id).document();
        String about = focus.strip().toLowerCase(Locale.ROOT);
        if (!FOCUSES.contains(about)) {
            throw new InvalidParameterException("focus", "unknown focus '" + focus + "': use " + String.join(", ", FOCUSES));
        }
        String chosen = period == null || period.isBlank()
                ? d.periods().isEmpty() ? "" : d.periods().get(d.periods().size() - 1) : period.strip();
        if (!d.periods().contains(chosen)) {
            throw new InvalidParameterException("period", "evaluation '" + id + "' has no period '" + chosen
                    + "'; its periods: " + String.join(", ", d.periods()));
        }
        List<FactEntry> subjects = d.facts().stream()
                .filter(f -> !f.input() && indicatorId.equals(f.indicatorId())
                        && chosen.equals(f.fact().path("period").asText()) && isSubject(f, about))
                .toList();
        if (subjects.isEmpty()) {
            throw new NotFoundException("evaluation '" + id + "' has no " + (about.equals("trend") ? "trend" : about + " rating")
                    + " of indicator '" + indicatorId + "' in " + chosen);
        }
        TraceChain chain = new TraceChain(d, rules.current());
        List<FiringEntry> firings = chain.behind(subjects.stream().map(FactEntry::ref).toList());
        List<RatingRow> ratings = d.ratings().stream().filter(r -> r.indicatorId().equals(indicatorId)
                && r.period().equals(chosen) && r.comparator().equals(about)).toList();
        return new TraceView(d.id(), d.createdAt(), d.ruleSetVersion(), indicatorId, about, chosen,
                headline(subjects), subjects, ratings, steps(d, firings), chain.thresholds(firings));
    }

    private static boolean isSubject(FactEntry f, String focus) {
        if (focus.equals("trend")) {
            return f.type().equals("Trend") || f.type().equals("TrendFlag");
        }
        return f.type().equals("Rating") && focus.equalsIgnoreCase(f.fact().path("comparator").asText());
    }

    private static String headline(List<FactEntry> subjects) {
        List<String> parts = new ArrayList<>();
        for (FactEntry s : subjects) {
            var f = s.fact();
            switch (s.type()) {
                case "Rating" -> parts.add(f.path("outcome").asText() + " against "
                        + f.path("comparator").asText().toLowerCase(Locale.ROOT) + ": " + f.path("reason").asText());
                case "Trend" -> parts.add("Trend \"" + f.path("label").asText() + "\": " + f.path("reason").asText());
                case "TrendFlag" -> {
                    String reason = f.path("reason").asText();
                    boolean saidAlready = subjects.stream().anyMatch(x -> x.type().equals("Trend")
                            && reason.contains(x.fact().path("reason").asText()));
                    parts.add("Worsening flag raised, " + f.path("severity").asText().toLowerCase(Locale.ROOT)
                            + " severity" + (saidAlready ? "" : ": " + reason));
                }
                default -> parts.add(s.type());
            }
        }
        return String.join(" ", parts.stream().map(p -> p.endsWith(".") ? p : p + ".").toList());
    }

    private static List<TraceView.Step> steps(EvaluationDocument d, List<FiringEntry> firings) {
        List<TraceView.Step> steps = new ArrayList<>(firings.size());
        for (FiringEntry f : firings) {
            List<FactEntry> matched = f.matched().stream().map(d::fact).toList();
            steps.add(new TraceView.Step(f.sequence(), f.rule(), f.file(), f.line(), f.location(), matched,
                    f.inserted().stream().map(d::fact).toList(),
                    matched.stream().filter(TraceChain::isThreshold).map(FactEntry::fact).toList(), f.ruleId()));
        }
        return steps;
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
