package org.wellbeing.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.wellbeing.model.Comparator;
import org.wellbeing.model.Observation;
import org.wellbeing.model.Rating;

/** Every observation x comparator must end with exactly one outcome; anything else is reported. */
final class OutcomeCheck {
    private OutcomeCheck() {}

    static List<CoverageProblem> check(List<Observation> observations, List<Rating> ratings,
                                       Map<Object, Firing> producedBy, String rulesDirectory) {
        Map<String, List<Rating>> byComparison = new HashMap<>();
        for (Rating r : ratings) {
            byComparison.computeIfAbsent(r.observationKey() + "#" + r.comparator(), k -> new ArrayList<>(1)).add(r);
        }
        List<CoverageProblem> problems = new ArrayList<>();
        for (Observation o : observations) {
            for (Comparator c : Comparator.values()) {
                List<Rating> found = byComparison.getOrDefault(o.key() + "#" + c, List.of());
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

    private static String describe(Observation o) {
        return o.indicatorId() + " (" + o.areaCode() + ", " + o.period()
                + (o.breakdown().isEmpty() ? "" : ", " + o.breakdown()) + ")";
    }
}
