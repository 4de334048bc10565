package org.wellbeing.io.out;

import org.wellbeing.engine.Evaluation;
import org.wellbeing.engine.Firing;
import org.wellbeing.model.Rating;

/** One line of a ratings report: the rating and the rule that gave it (title and stable id), where that rule is written. */
public record RatingRow(String indicatorId, String areaCode, String period, String comparator, String outcome,
                        String method, Double value, Double benchmark, String rule, String ruleFile, String reason,
                        String ruleId) {

    public static RatingRow of(Rating r, Evaluation evaluation) {
        var firing = evaluation.firingFor(r);
        return new RatingRow(r.indicatorId(), r.areaCode(), r.period(), r.comparator().label(), r.outcome().name(),
                r.method().name(), r.value(), r.benchmark(),
                firing.map(f -> f.rule()).orElse(""),
                firing.map(f -> f.file() + ":" + f.line()).orElse(""), r.reason().text(),
                firing.map(Firing::ruleId).orElse(""));
    }
}
