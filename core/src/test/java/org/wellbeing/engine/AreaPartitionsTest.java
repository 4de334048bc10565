package org.wellbeing.engine;

import org.wellbeing.model.Facts;
import java.util.Map;
import org.wellbeing.model.Threshold;
import static org.junit.jupiter.api.Assertions.assertFalse;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Map;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wellbeing.testing.BundledRules;
import org.wellbeing.io.town.TownDatasetReader;
import org.wellbeing.model.Benchmark;
import org.wellbeing.model.Observation;
import org.wellbeing.model.Rating;
import org.wellbeing.model.Trend;
import org.wellbeing.model.TrendFlag;
import org.wellbeing.model.Workstream;
import org.wellbeing.rules.RuleBase;

/**
 * Areas rated apart, one session each, give what each area rated alone gives, in one Evaluation. Two areas show
 * the mechanics (a partition each, firings numbered through both); the town's areas together are rated once.
 */
class AreaPartitionsTest {
    static final List<String> AREAS = List.of("E00000001", "E00000002");
    static RuleBase rules;
    static Facts facts;
    static Evaluation together;

    @BeforeAll
    static void setUp() throws Exception {
        rules = BundledRules.ruleBase();
        facts = severalAreas(TownDatasetReader.read(Path.of("data", "luton")).facts());
        together = new Evaluator().evaluate(rules, facts);
    }

    /** The town's observations and their benchmarks under each of the area codes, each a little different. */
    static Facts severalAreas(Facts town) {
        Map<String, List<Benchmark>> benchmarksOf = town.benchmarks().stream()
                .collect(Collectors.groupingBy(Benchmark::observationKey));
        List<Observation> observations = new ArrayList<>();
        List<Benchmark> benchmarks = new ArrayList<>();
        for (int i = 0; i < AREAS.size(); i++) {
            double scale = 1 + 0.1 * i;
            for (Observation o : town.observations()) {
                Observation copy = new Observation(o.indicatorId(), AREAS.get(i), "Area " + (i + 1), o.period(),
                        o.timePeriod(), o.breakdown(), times(o.value(), scale), times(o.lower95(), scale),
                        times(o.upper95(), scale), times(o.lower998(), scale), times(o.upper998(), scale), o.count(),
                        o.denominator(), o.note(), null, o.limitsFrom());
                observations.add(copy);
                for (Benchmark b : benchmarksOf.getOrDefault(o.key(), List.of())) {
                    benchmarks.add(new Benchmark(copy.key(), b.comparator(), b.value(), b.rank(), b.rankOf(), b.source()));
                }
            }
        }
        return new Facts(town.indicators(), observations, benchmarks);
    }

    static Double times(Double value, double scale) {
        return value == null ? null : value * scale;
    }

    static Facts area(String code) {
        List<Observation> observations = facts.observations().stream()
                .filter(o -> o.areaCode().equals(code)).toList();
        Set<String> keys = observations.stream().map(Observation::key).collect(Collectors.toSet());
        return new Facts(facts.indicators(), observations,
                facts.benchmarks().stream().filter(b -> keys.contains(b.observationKey())).toList());
    }

    static Set<String> described(Evaluation e) {
        Set<String> all = e.ratings().stream().map(Rating::toString).collect(Collectors.toSet());
        e.derived(Trend.class).forEach(t -> all.add(t.toString()));
        e.derived(TrendFlag.class).forEach(f -> all.add(f.toString()));
        return all;
    }

    @Test
    void each_area_is_one_partition_with_its_own_observations_and_benchmarks() {
        List<AreaPartitions.Part> parts = AreaPartitions.of(facts).parts();

        assertEquals(AREAS.size(), parts.size());
        for (int i = 0; i < AREAS.size(); i++) {
            String code = AREAS.get(i);
            assertEquals(area(code).observations(), parts.get(i).observations());
            assertEquals(area(code).benchmarks(), parts.get(i).benchmarks());
        }
    }

    @Test
    void several_areas_rated_together_give_what_each_rated_alone_gives() {
        Set<String> alone = new java.util.HashSet<>();
        int firings = 0;
        for (String code : AREAS) {
            Evaluation one = new Evaluator().evaluate(rules, area(code));
            alone.addAll(described(one));
            firings += one.firings().size();
        }
        assertEquals(alone, described(together));
        assertEquals(firings, together.firings().size());
        assertEquals(List.of(), together.problems());
    }

    @Test
    void firings_are_numbered_through_the_partitions_and_every_derived_fact_has_its_firing() {
        for (int i = 0; i < together.firings().size(); i++) {
            assertEquals(i + 1, together.firings().get(i).sequence());
        }
        for (Object fact : together.derived()) {
            Firing f = together.producedBy().get(fact);
            assertNotNull(f, "no firing for " + fact);
            assertTrue(f.inserted().stream().anyMatch(x -> x == fact));
        }
        assertEquals(AREAS.get(0), together.ratings().get(0).areaCode());
    }

    @Test
    void facts_shared_by_all_areas_keep_them_in_one_session() {
        List<Object> others = new ArrayList<>(List.of(new Workstream("w", "b", "A workstream", List.of())));
        Facts withWorkstream = new Facts(facts.indicators(), facts.observations(), facts.benchmarks(),
                others);

        assertEquals(1, AreaPartitions.of(withWorkstream).parts().size());
        Evaluation e = new Evaluator().evaluate(rules, withWorkstream);
        // the rules that insert the thresholds fire once, as they would for one area: one session
        Map<String, Long> thresholdFirings = e.firings().stream()
                .filter(f -> f.inserted().stream().anyMatch(x -> x instanceof Threshold))
                .collect(Collectors.groupingBy(Firing::rule, Collectors.counting()));
        assertFalse(thresholdFirings.isEmpty(), "no rule inserted a threshold");
        thresholdFirings.forEach((rule, count) -> assertEquals(1L, count, rule));
    }
}
