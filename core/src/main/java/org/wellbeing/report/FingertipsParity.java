package org.wellbeing.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.wellbeing.engine.Evaluation;
import org.wellbeing.io.fingertips.FingertipsDataset;
import org.wellbeing.io.fingertips.OfficialLabels;
import org.wellbeing.model.Comparator;
import org.wellbeing.model.Outcome;
import org.wellbeing.model.Rating;

/**
 * Compares the engine's England and region outcomes with the official ones a Fingertips file carries
 * ("Compared to England value or percentiles", "Compared to Region value or percentiles"). Every
 * official label given as Better, Similar, Worse, Higher, Lower or Not compared counts.
 */
public record FingertipsParity(String file, int matched, int compared, List<String> mismatches) {

    private static final Map<String, Set<Outcome>> AGREEING = Map.of(
            "better", Set.of(Outcome.GREEN),
            "worse", Set.of(Outcome.RED),
            "similar", Set.of(Outcome.AMBER, Outcome.SIMILAR),
            "higher", Set.of(Outcome.HIGHER),
            "lower", Set.of(Outcome.LOWER),
            "not compared", Set.of(Outcome.NOT_COMPARED));

    public static FingertipsParity of(String file, FingertipsDataset data, Evaluation evaluation) {
        Map<String, Rating> ratings = new HashMap<>();
        for (Rating r : evaluation.ratings()) {
            ratings.put(r.observationKey() + "#" + r.comparator(), r);
        }
        int matched = 0;
        int compared = 0;
        List<String> mismatches = new ArrayList<>();
        for (OfficialLabels labels : data.converted().labels().values()) {
            for (Comparator c : List.of(Comparator.ENGLAND, Comparator.REGION)) {
                String official = c == Comparator.ENGLAND ? labels.comparedToEngland() : labels.comparedToRegion();
                Set<Outcome> agreeing = AGREEING.get(official.strip().toLowerCase(Locale.ROOT));
                if (agreeing == null) {
                    continue;
                }
                compared++;
                Rating rating = ratings.get(labels.observationKey() + "#" + c);
                if (rating != null && agreeing.contains(rating.outcome())) {
                    matched++;
                } else {
                    mismatches.add(String.format("%s %s: official %s, engine %s: %s [rule \"%s\"]", labels.origin(),
                            c.label(), official, rating == null ? "none" : rating.outcome(),
                            rating == null ? "" : rating.reason(), rating == null ? "" : evaluation.ruleFor(rating)));
                }
            }
        }
        mismatches.sort(String::compareTo);
        return new FingertipsParity(file, matched, compared, List.copyOf(mismatches));
    }
}
