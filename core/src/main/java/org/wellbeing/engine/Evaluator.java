package org.wellbeing.engine;

import org.wellbeing.model.Facts;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.kie.api.runtime.KieSession;
import org.wellbeing.model.Indicator;
import org.wellbeing.model.Rating;
import org.wellbeing.model.Trend;
import org.wellbeing.model.TrendFlag;
import org.wellbeing.rules.Phases;
import org.wellbeing.rules.RuleBase;
import org.wellbeing.trend.TrendEvidenceBuilder;

/**
 * Runs one evaluation: a fresh session on a rule-base snapshot; the facts and the trend statistics
 * computed from their series go in, derived facts and the trace come out.
 *
 * <p>Facts of several areas are rated area by area ({@link AreaPartitions}), one session each, on all
 * processors; each area's derived facts are checked for coverage there too, and the input digest is made
 * meanwhile. The result is one Evaluation as before, firings numbered and everything listed in area order.
 * Areas are independent, so the outcomes are those one session over all the facts gives, in less time and
 * memory (a session's memory grows faster than its facts). One area, or facts shared by all areas such as
 * workstreams, is one session.
 */
public final class Evaluator {

    public Evaluation evaluate(RuleBase ruleBase, Facts facts) {
        List<AreaPartitions.Part> parts = AreaPartitions.of(facts).parts();
        CompletableFuture<String> digest = parts.size() == 1
                ? CompletableFuture.completedFuture(digest(facts))
                : CompletableFuture.supplyAsync(() -> digest(facts));
        List<Rated> rated = parts.size() == 1
                ? List.of(rate(ruleBase, facts.indicators(), parts.get(0)))
                : parts.parallelStream().map(p -> rate(ruleBase, facts.indicators(), p)).toList();
        Trace trace = Trace.of(rated.stream().map(Rated::firings).toList());
        return new Evaluation(UUID.randomUUID().toString(), Instant.now(), ruleBase.version(), digest.join(),
                concat(rated, Rated::ratings), concat(rated, Rated::derived), List.copyOf(trace.firings()),
                trace.producedBy(), concat(rated, Rated::problems));
    }

    /** One partition rated: its session's firings, the facts they derived, its ratings and coverage problems. */
    private record Rated(List<Firing> firings, List<Object> derived, List<Rating> ratings,
                         List<CoverageProblem> problems) {}

    private static Rated rate(RuleBase ruleBase, List<Indicator> indicators, AreaPartitions.Part part) {
        List<Firing> firings = fire(ruleBase, indicators, part);
        List<Object> derived = new ArrayList<>(firings.size());
        firings.forEach(f -> derived.addAll(f.inserted()));
        List<Rating> ratings = ofType(derived, Rating.class);
        List<CoverageProblem> problems = OutcomeCheck.check(part.observations(), ratings, ofType(derived, Trend.class),
                ofType(derived, TrendFlag.class), new Trace.ProducedBy(firings), ruleBase.directory());
        return new Rated(firings, derived, ratings, problems);
    }

    private static <T> List<T> concat(List<Rated> rated, Function<Rated, List<T>> part) {
        if (rated.size() == 1) {
            return List.copyOf(part.apply(rated.get(0)));
        }
        List<T> all = new ArrayList<>(rated.stream().mapToInt(r -> part.apply(r).size()).sum());
        rated.forEach(r -> all.addAll(part.apply(r)));
        return Collections.unmodifiableList(all);
    }

    /** One session over one partition: catalogue, observations, benchmarks, others, then trend evidence; phase by phase. */
    private static List<Firing> fire(RuleBase ruleBase, List<Indicator> indicators, AreaPartitions.Part part) {
        KieSession session = ruleBase.kieBase().newKieSession();
        TraceListener trace = new TraceListener(ruleBase);
        try {
            for (List<?> facts : List.of(indicators, part.observations(), part.benchmarks(), part.others())) {
                for (Object fact : facts) {
                    session.insert(fact);
                }
            }
            for (Object evidence : TrendEvidenceBuilder.build(indicators, part.observations())) {
                session.insert(evidence);
            }
            // Listening from here: nothing fires while the inputs go in, and an event for each input costs.
            session.addEventListener((org.kie.api.event.rule.AgendaEventListener) trace);
            session.addEventListener((org.kie.api.event.rule.RuleRuntimeEventListener) trace);
            Phases.fireAll(session);
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
