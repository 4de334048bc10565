package org.wellbeing.report;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.wellbeing.engine.Evaluation;
import org.wellbeing.model.PublishedRating;
import org.wellbeing.io.town.TownDataset;
import org.wellbeing.model.Comparator;
import org.wellbeing.model.Observation;
import org.wellbeing.model.Outcome;
import org.wellbeing.model.Rating;

/**
 * Agreement of the engine's outcomes with published ones, per comparator and overall, with every
 * disagreement and the engine's reason. A published rating is matched to the observation of the same
 * indicator and time period (the earliest reporting period where a later one repeats it).
 */
public record PublishedAgreement(Map<Comparator, int[]> counts, List<String> disagreements, List<String> unmatched) {

    private static final List<Comparator> COMPARED = List.of(Comparator.ENGLAND, Comparator.REGION, Comparator.NEIGHBOURS);

    public static PublishedAgreement of(List<PublishedRating> published, TownDataset data, Evaluation evaluation) {
        Map<Comparator, int[]> counts = new EnumMap<>(Comparator.class);
        COMPARED.forEach(c -> counts.put(c, new int[2]));
        List<String> disagreements = new ArrayList<>();
        List<String> unmatched = new ArrayList<>();
        for (PublishedRating p : published) {
            Optional<Observation> observation = data.facts().observations().stream()
                    .filter(o -> o.indicatorId().equals(p.indicatorId()) && o.timePeriod().equals(p.timePeriod()))
                    .min(java.util.Comparator.comparing(Observation::period));
            if (observation.isEmpty()) {
                unmatched.add("line " + p.line() + ": " + p.indicatorId() + " " + p.timePeriod() + ": no such observation in the data");
                continue;
            }
            for (Comparator c : COMPARED) {
                Outcome expected = p.outcomes().get(c);
                Rating rating = evaluation.ratings().stream()
                        .filter(r -> r.observationKey().equals(observation.get().key()) && r.comparator() == c)
                        .findFirst().orElse(null);
                int[] n = counts.get(c);
                n[1]++;
                if (rating != null && rating.outcome() == expected) {
                    n[0]++;
                } else {
                    disagreements.add(String.format("%s %s %s: published %s, engine %s: %s [rule \"%s\"]",
                            p.indicatorId(), p.timePeriod(), c.label(), expected,
                            rating == null ? "none" : rating.outcome(), rating == null ? "" : rating.reason(),
                            rating == null ? "" : evaluation.ruleFor(rating)));
                }
            }
        }
        return new PublishedAgreement(counts, disagreements, unmatched);
    }

    public int agreed() {
        return counts.values().stream().mapToInt(n -> n[0]).sum();
    }

    public int total() {
        return counts.values().stream().mapToInt(n -> n[1]).sum();
    }

    public String render() {
        StringBuilder s = new StringBuilder("Agreement with published ratings\n");
        counts.forEach((c, n) -> s.append(line(c.label(), n[0], n[1])));
        s.append(line("overall", agreed(), total()));
        if (!disagreements.isEmpty()) {
            s.append("\nDisagreements (").append(disagreements.size()).append(")\n");
            disagreements.forEach(d -> s.append("  ").append(d).append('\n'));
        }
        if (!unmatched.isEmpty()) {
            s.append("\nNot matched (").append(unmatched.size()).append(")\n");
            unmatched.forEach(u -> s.append("  ").append(u).append('\n'));
        }
        return s.toString();
    }

    private static String line(String label, int agreed, int total) {
        return String.format("  %-11s %3d/%-3d agree (%.1f%%)%n", label + ":", agreed, total,
                total == 0 ? 0.0 : 100.0 * agreed / total);
    }
}
