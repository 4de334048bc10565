package org.wellbeing.service;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.wellbeing.io.out.FactEntry;
import org.wellbeing.io.out.RatingRow;

/**
 * Why an indicator was rated as it was in one evaluation: its ratings and the firings that produced them,
 * in firing order, each with the facts it matched (values included) and the thresholds in force.
 */
public record TraceView(String evaluationId, String createdAt, String ruleSetVersion, String indicatorId,
                        List<RatingRow> ratings, List<Step> firings) {

    /**
     * One firing.
     *
     * @param location   {@code file:line} of the rule
     * @param thresholds the thresholds among the matched facts: name, value and unit in force
     */
    public record Step(int sequence, String rule, String file, int line, String location, List<FactEntry> matched,
                       List<FactEntry> inserted, List<JsonNode> thresholds) {}
}
