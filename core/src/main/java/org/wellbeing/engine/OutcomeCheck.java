package org.wellbeing.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.wellbeing.model.Comparator;
import org.wellbeing.model.Observation;
import org.wellbeing.model.Rating;
import org.wellbeing.model.Trend;
import org.wellbeing.model.TrendFlag;

/**
 * Every observation x comparator must end with exactly one outcome, every observation with one trend and
 * at most one worsening flag; anything else is reported.
 */
final class OutcomeCheck {
    private OutcomeCheck() {}

    static List<CoverageProblem> check(List<Observation> observations, List<Rating> ratings,
                                       Map<Object, Firing> producedBy, String rulesDirectory) {
        return check(observations, ratings, List.of(), List.of(), producedBy, rulesDirectory);
    }

    /**
     * Also checks trends and flags: every observation has exactly one trend (when any trend rule exists)
     * and at most one worsening flag.
     */
    static List<CoverageProblem> check(List<Observation> observations, List<Rating> ratings, List<Trend> trends,
                                       List<TrendFlag> flags, Map<Object, Firing> producedBy, String rulesDirectory) {
        List<CoverageProblem> problems = checkRatings(observations, ratings, producedBy, rulesDirectory);
        Map<String, List<Object>> trendsByKey = new HashMap<>();
        trends.forEach(t -> trendsByKey.computeIfAbsent(t.observationKey(), k -> new ArrayList<>(1)).add(t));
        Map<String, List<Object>> flagsByKey = new HashMap<>();
        flags.forEach(f -> flagsByKey.computeIfAbsent(f.observationKey(), k -> new ArrayList<>(1)).add(f));
        for (Observation o : observations) {
            List<Object> found = trendsByKey.getOrDefault(o.key(), List.of());
            if (!trends.isEmpty() && found.isEmpty()) {
                problems.add(new CoverageProblem(rulesDirectory + ":0", o.key(), "trend",
                        "gap: no rule gave a trend for " + describe(o)));
            } else if (found.size() > 1) {
                problems.add(conflict(o, "trend", found, producedBy, rulesDirectory));
            }
            List<Object> flagged = flagsByKey.getOrDefault(o.key(), List.of());
            if (flagged.size() > 1) {
                problems.add(conflict(o, "flag", flagged, producedBy, rulesDirectory));
            }
        }
        return problems;
    }

    private static CoverageProblem conflict(Observation o, String what, List<Object> found,
                                            Map<Object, Firing> producedBy, String rulesDirectory) {
        Firing first = producedBy.get(found.get(0));
        String rules = found.stream().map(f -> {
            Firing firing = producedBy.get(f);
            return firing == null ? "?" : "\"" + firing.rule() + "\" (" + firing.file() + ":" + firing.line() + ")";
        }).collect(Collectors.joining(", "));
        return new CoverageProblem(first == null ? rulesDirectory + ":0" : first.file() + ":" + first.line(), o.key(), what,
                "conflict: " + found.size() + " " + what + "s for " + describe(o) + ": " + rules);
    }

    private static List<CoverageProblem> checkRatings(List<Observation> observations, List<Rating> ratings,
                                                      Map<Object, Firing> producedBy, String rulesDirectory) {
        // By observation key, the string the facts already hold: no key is built per rating or lookup.
        Map<String, List<Rating>> byObservation = new HashMap<>(observations.size() * 2);
        for (Rating r : ratings) {
            byObservation.computeIfAbsent(r.observationKey(), k -> new ArrayList<>(Comparator.values().length)).add(r);
        }
        List<CoverageProblem> problems = new ArrayList<>();
        for (Observation o : observations) {
            List<Rating> ofObservation = byObservation.getOrDefault(o.key(), List.of());
            for (Comparator c : Comparator.values()) {
                List<Rating> found = against(ofObservation, c);
                if (found.isEmpty()) {
                    problems.add(new CoverageProblem(rulesDirectory + ":0", o.key(), c.label(),
                            "gap: no rule gave an outcome for " + describe(o) + " against " + c.label()));
                } else if (found.size() > 1) {
                    Firing first = producedBy.get(found.get(0));
                    String rules = found.stream()
                            .map(r -> {
                                Firing f = producedBy.get(r);
                                return r.outcome() + " by \"" + (f == null ? "?" : f.rule() + "\" (" + f.file() + ":" + f.line() + ")");
                            })
                            .collect(Collectors.joining(", "));
                    String where = first == null ? rulesDirectory + ":0" : first.file() + ":" + first.line();
                    problems.add(new CoverageProblem(where, o.key(), c.label(),
                            "conflict: " + found.size() + " outcomes for " + describe(o) + " against "
                                    + c.label() + ": " + rules));
                }
            }
        }
        return problems;
    }

    private static List<Rating> against(List<Rating> ratings, Comparator c) {
        List<Rating> found = new ArrayList<>(1);
        for (Rating r : ratings) {
            if (r.comparator() == c) {
                found.add(r);
            }
        }
        return found;
    }

    private static String describe(Observation o) {
        return o.indicatorId() + " (" + o.areaCode() + ", " + o.period()
                + (o.breakdown().isEmpty() ? "" : ", " + o.breakdown()) + ")";
    }
}
