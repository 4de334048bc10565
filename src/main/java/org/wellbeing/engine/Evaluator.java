package org.wellbeing.engine;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.kie.api.runtime.KieSession;
import org.wellbeing.model.Indicator;
import org.wellbeing.model.Rating;
import org.wellbeing.model.Trend;
import org.wellbeing.model.TrendFlag;
import org.wellbeing.rules.RuleBase;
import org.wellbeing.trend.TrendEvidenceBuilder;

/**
 * Runs one evaluation: a fresh session on a rule-base snapshot; the facts and the trend statistics
 * computed from their series go in, derived facts and the trace come out.
 *
 * <p>Facts of several areas are rated area by area ({@link AreaPartitions}), one session each, on all
 * processors; the result is one Evaluation as before, its firings numbered in area order. Areas are
 * independent, so the outcomes are those one session over all the facts gives, in less time and memory
 * (a session's memory grows faster than its facts). One area, or facts shared by all areas such as
 * workstreams, is one session.
 */
public final class Evaluator {

    public Evaluation evaluate(RuleBase ruleBase, Facts facts) {
        List<AreaPartitions.Part> parts = AreaPartitions.of(facts).parts();
        Trace trace = Trace.of(parts.size() == 1
                ? List.of(fire(ruleBase, facts.indicators(), parts.get(0)))
                : parts.parallelStream().map(p -> fire(ruleBase, facts.indicators(), p)).toList());
        List<Object> derived = new ArrayList<>(trace.firings().size());
        trace.firings().forEach(f -> derived.addAll(f.inserted()));
        List<Rating> ratings = ofType(derived, Rating.class);
        List<CoverageProblem> problems = OutcomeCheck.check(facts.observations(), ratings, ofType(derived, Trend.class),
                ofType(derived, TrendFlag.class), trace.producedBy(), ruleBase.directory());
        return new Evaluation(UUID.randomUUID().toString(), Instant.now(), ruleBase.version(), digest(facts),
                ratings, List.copyOf(derived), List.copyOf(trace.firings()), trace.producedBy(), problems);
    }

    /** One session over one partition: catalogue, observations, benchmarks, others, then trend evidence. */
    private static List<Firing> fire(RuleBase ruleBase, List<Indicator> indicators, AreaPartitions.Part part) {
        KieSession session = ruleBase.kieBase().newKieSession();
        TraceListener trace = new TraceListener(ruleBase);
        try {
            session.addEventListener((org.kie.api.event.rule.AgendaEventListener) trace);
            session.addEventListener((org.kie.api.event.rule.RuleRuntimeEventListener) trace);
            for (List<?> facts : List.of(indicators, part.observations(), part.benchmarks(), part.others())) {
                for (Object fact : facts) {
                    session.insert(fact);
                }
            }
            for (Object evidence : TrendEvidenceBuilder.build(indicators, part.observations())) {
                session.insert(evidence);
            }
            session.fireAllRules();
        } finally {
            session.dispose();
        }
        return trace.firings();
    }

    private static <T> List<T> ofType(List<Object> facts, Class<T> type) {
        return facts.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** SHA-256 over the input facts' canonical text, in insertion order. */
    public static String digest(Facts facts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Object fact : facts.all()) {
                sha.update(fact.toString().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) '\n');
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
