package org.wellbeing.service;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.function.Supplier;
import org.wellbeing.audit.PolicyVersion;
import org.wellbeing.model.Facts;
import org.wellbeing.io.out.CompactInputs;
import org.wellbeing.io.out.CompactRecord;
import org.wellbeing.io.out.TraceDigest;
import org.wellbeing.rules.RuleSetException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.wellbeing.audit.AuditStore;
import org.wellbeing.audit.EvaluationRecord;
import org.wellbeing.audit.StoredEvaluation;
import org.wellbeing.engine.Evaluation;
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
    private static final int REBUILT_KEPT = 8;
    private static final int COMPILED_KEPT = 2;

    private final RuleBaseHolder rules;
    private final AuditStore store;
    private final RatingOrder order;
    private final PolicyVersions policies;
    /** Traces rebuilt lately, by evaluation id: the dashboard asks "why" of one evaluation many times. */
    private final Map<String, EvaluationDocument> rebuilt = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, EvaluationDocument> eldest) {
            return size() > REBUILT_KEPT;
        }
    });
    /** Rule sets compiled from the store to rebuild traces of evaluations made on rules no longer live. */
    private final Map<String, RuleBase> compiled = Collections.synchronizedMap(new LinkedHashMap<>(4, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, RuleBase> eldest) {
            return size() > COMPILED_KEPT;
        }
    });

    public EvaluationService(RuleBaseHolder rules, AuditStore store, List<Indicator> catalogue) {
        this.rules = rules;
        this.store = store;
        this.policies = new PolicyVersions(store);
        this.order = new RatingOrder(catalogue);
    }

    /** Evaluates on the live rules and returns once the evaluation (results, inputs and trace digest) is stored. */
    public StoredDocument evaluate(EvaluationInput input) {
        return evaluateKeeping(input).stored();
    }

    /**
     * As {@link #evaluate}, keeping the engine's own result beside the stored document, for readers that
     * need the derived facts as objects (the priority report).
     *
     * <p>What is stored is a compact record ({@link CompactRecord}): the results, the trace's digest and, by
     * hash, the compact inputs and the policy version, each distinct one stored once. The full trace is made
     * from the evaluation in memory when asked for here, and rebuilt by replay when read back later.
     */
    Evaluated evaluateKeeping(EvaluationInput input) {
        RuleBase snapshot = rules.current();
        Facts facts = input.facts();
        Evaluation e = Analysis.evaluate(snapshot, facts);
        PolicyVersions.Policy policy = policies.of(snapshot, facts);
        String inputsText = CompactInputs.write(facts, policy.catalogue());
        String inputsHash = PolicyVersion.contentHash(inputsText);
        TraceDigest digest = TraceDigest.of(e, facts);
        List<String> periods = EvaluationDocument.periodsOf(facts);
        List<Rating> sorted = order.sorted(e.ratings());
        CompactRecord header = new CompactRecord(CompactRecord.FORMAT, e.id(), e.createdAt().toString(),
                policy.version(), e.ruleSetVersion(), inputsHash, e.inputDigest(), digest.digest(), input.source(),
                input.area(), periods, digest.factCount(), e.firings().size(), e.problems());
        String payload = CompactRecord.write(header, e, facts, sorted);
        StoredEvaluation stored = store.append(new EvaluationRecord(e.id(), e.createdAt(), e.ruleSetVersion(),
                e.inputDigest(), payload), Map.of(inputsHash, inputsText));
        List<RatingRow> rows = sorted.stream().map(r -> RatingRow.of(r, e)).toList();
        EvaluationDocument answer = new EvaluationDocument(EvaluationDocument.FORMAT, e.id(), header.createdAt(),
                e.ruleSetVersion(), e.inputDigest(), input.source(), input.area(), periods, rows, e.problems(),
                List.of(), List.of(), policy.version());
        Supplier<EvaluationDocument> traced = memoized(() -> EvaluationDocument.of(e, input.source(), input.area(),
                facts, rows, policy.version()));
        return new Evaluated(e, new StoredDocument(stored.sequence(), stored.hash(), answer, digest.factCount(),
                e.firings().size(), traced));
    }

    /**
     * Stores the policy version of these rules with the catalogue of these facts (done anyway at the first
     * evaluation that uses it), so that the audit store holds every rule set that went live.
     */
    public String storePolicy(RuleBase ruleBase, Facts facts) {
        return policies.of(ruleBase, facts).version();
    }

    /** An evaluation as the engine returned it, and as the audit store keeps it. */
    record Evaluated(Evaluation evaluation, StoredDocument stored) {}

    /**
     * A stored evaluation. A compact record's results are made again by replay under its stored policy (the live
     * rules when they are that version), and shown only when the replayed trace has the stored digest.
     */
    public Optional<StoredDocument> find(String id) {
        return store.find(id).map(s -> {
            String payload = s.record().payloadJson();
            if (!CompactRecord.isCompact(payload)) {
                return StoredDocument.full(s.sequence(), s.hash(), EvaluationDocument.fromJson(payload));
            }
            EvaluationDocument full = rebuiltTrace(s);
            return new StoredDocument(s.sequence(), s.hash(), full.withoutTrace(), full.facts().size(),
                    full.trace().size(), () -> full);
        });
    }

    private EvaluationDocument rebuiltTrace(StoredEvaluation s) {
        EvaluationDocument known = rebuilt.get(s.record().id());
        if (known != null) {
            return known;
        }
        Replay.Rebuilt r;
        try {
            r = Replay.rebuild(store, s, this::ruleBase);
        } catch (RuleSetException e) {
            throw new IllegalStateException("evaluation " + s.record().id() + ": its stored rule files do not compile: "
                    + e.getMessage(), e);
        }
        if (!r.inputsMatch() || !r.traceMatches()) {
            throw new IllegalStateException("evaluation " + s.record().id() + " replayed to a different "
                    + (r.inputsMatch() ? "trace (digest " + r.digest().digest() + ", stored " + r.header().traceDigest() + ")"
                    : "input digest (" + r.evaluation().inputDigest() + ", stored " + r.header().inputDigest() + ")")
                    + ": it is not shown; run replay " + s.record().id());
        }
        Evaluation e = r.evaluation();
        List<RatingRow> rows = order.sorted(e.ratings()).stream().map(x -> RatingRow.of(x, e)).toList();
        EvaluationDocument full = EvaluationDocument.of(e, r.header().source(), r.header().area(), r.inputs(), rows,
                r.header().policyVersion());
        rebuilt.put(s.record().id(), full);
        return full;
    }

    private RuleBase ruleBase(String version, Map<String, String> files) throws RuleSetException {
        RuleBase live = rules.current();
        if (live.version().equals(version)) {
            return live;
        }
        RuleBase known = compiled.get(version);
        if (known == null) {
            known = Replay.COMPILE.of(version, files);
            compiled.put(version, known);
        }
        return known;
    }

    private static <T> Supplier<T> memoized(Supplier<T> make) {
        return new Supplier<>() {
            private T made;

            @Override
            public synchronized T get() {
                if (made == null) {
                    made = make.get();
                }
                return made;
            }
        };
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
        return trace(get(id).withTrace(), indicatorId);
    }

    /** As {@link #trace(String, String)}, on a document with its trace. */
    TraceView trace(EvaluationDocument d, String indicatorId) {
        String id = d.id();
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
        return trace(get(id).withTrace(), indicatorId, focus, period);
    }

    /** As {@link #trace(String, String, String, String)}, on a document with its trace. */
    TraceView trace(EvaluationDocument d, String indicatorId, String focus, String period) {
        String id = d.id();
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

    static List<TraceView.Step> steps(EvaluationDocument d, List<FiringEntry> firings) {
        List<TraceView.Step> steps = new ArrayList<>(firings.size());
        for (FiringEntry f : firings) {
            List<FactEntry> matched = f.matched().stream().map(d::fact).toList();
            steps.add(new TraceView.Step(f.sequence(), f.rule(), f.file(), f.line(), f.location(), matched,
                    f.inserted().stream().map(d::fact).toList(),
                    matched.stream().filter(TraceChain::isThreshold).map(FactEntry::fact).toList(), f.ruleId()));
        }
        return steps;
    }
}
