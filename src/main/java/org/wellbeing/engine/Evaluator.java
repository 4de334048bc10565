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
import org.wellbeing.model.Rating;
import org.wellbeing.model.Trend;
import org.wellbeing.model.TrendFlag;
import org.wellbeing.rules.RuleBase;
import org.wellbeing.trend.TrendEvidenceBuilder;

/**
 * Runs one evaluation: a fresh session on a rule-base snapshot; the facts and the trend statistics
 * computed from their series go in, derived facts and the trace come out.
 */
public final class Evaluator {

    public Evaluation evaluate(RuleBase ruleBase, Facts facts) {
        KieSession session = ruleBase.kieBase().newKieSession();
        TraceListener trace = new TraceListener(ruleBase);
        try {
            session.addEventListener((org.kie.api.event.rule.AgendaEventListener) trace);
            session.addEventListener((org.kie.api.event.rule.RuleRuntimeEventListener) trace);
            for (Object fact : facts.all()) {
                session.insert(fact);
            }
            for (Object evidence : TrendEvidenceBuilder.build(facts.indicators(), facts.observations())) {
                session.insert(evidence);
            }
            session.fireAllRules();
        } finally {
            session.dispose();
        }
        List<Object> derived = new ArrayList<>();
        trace.firings().forEach(f -> derived.addAll(f.inserted()));
        List<Rating> ratings = ofType(derived, Rating.class);
        List<CoverageProblem> problems = OutcomeCheck.check(facts.observations(), ratings, ofType(derived, Trend.class),
                ofType(derived, TrendFlag.class), trace.producedBy(), ruleBase.directory());
        return new Evaluation(UUID.randomUUID().toString(), Instant.now(), ruleBase.version(), digest(facts),
                ratings, List.copyOf(derived), List.copyOf(trace.firings()), trace.producedBy(), problems);
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
