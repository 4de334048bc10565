package org.wellbeing.engine;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.wellbeing.model.Rating;

/**
 * The result of one evaluation: what was derived, on which rules, from which inputs, and the trace
 * that says why. Derived facts are looked up in {@link #firingFor(Object)} to find the rule behind them.
 *
 * @param inputDigest SHA-256 over the input facts, so the same inputs can be recognised later
 * @param problems    coverage problems found (gaps and conflicts); empty when every comparison has one outcome
 */
public record Evaluation(
        String id,
        Instant createdAt,
        String ruleSetVersion,
        String inputDigest,
        List<Rating> ratings,
        List<Object> derived,
        List<Firing> firings,
        Map<Object, Firing> producedBy,
        List<CoverageProblem> problems) {

    public Optional<Firing> firingFor(Object derivedFact) {
        return Optional.ofNullable(producedBy.get(derivedFact));
    }

    /** The stable id of the rule that derived the fact, "" for an input. */
    public String ruleIdFor(Object derivedFact) {
        return firingFor(derivedFact).map(Firing::ruleId).orElse("");
    }

    public String ruleFor(Object derivedFact) {
        return firingFor(derivedFact).map(Firing::rule).orElse("");
    }

    /** Derived facts of one type (trend flags, recommendations, ...), in the order they were inserted. */
    public <T> List<T> derived(Class<T> type) {
        return derived.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
