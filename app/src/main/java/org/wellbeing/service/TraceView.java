package org.wellbeing.service;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.wellbeing.io.out.FactEntry;
import org.wellbeing.io.out.RatingRow;

/**
 * Why an indicator was rated as it was in one evaluation: its ratings and the firings that produced them,
 * in firing order, each with the facts it matched (values included) and the thresholds in force.
 *
 * <p>With a focus (a comparator, or {@code trend}) it answers for one cell of the dashboard's matrix:
 * {@code subjects} are the facts explained (the rating against that comparator, or the trend and its
 * worsening flag), {@code firings} the chain of rules behind them, the rule that produced a subject first
 * and then the rules behind every derived fact it matched, back to the inputs.
 *
 * @param focus      null, a comparator (england, region, neighbours, goal) or trend
 * @param period     the period the focus is about; null without a focus
 * @param headline   one sentence saying what is explained ("RED against england: ..."); null without a focus
 * @param subjects   the facts explained; empty without a focus
 * @param thresholds every threshold the firings matched, once, with the value in force and where it is set
 */
public record TraceView(String evaluationId, String createdAt, String ruleSetVersion, String indicatorId,
                        String focus, String period, String headline, List<FactEntry> subjects,
                        List<RatingRow> ratings, List<Step> firings, List<ThresholdInForce> thresholds) {

    /**
     * One firing.
     *
     * @param location   {@code file:line} of the rule
     * @param ruleId     the rule's stable id (null for a firing stored before rules had ids)
     * @param thresholds the thresholds among the matched facts: name, value and unit in force
     */
    public record Step(int sequence, String rule, String file, int line, String location, List<FactEntry> matched,
                       List<FactEntry> inserted, List<JsonNode> thresholds, String ruleId) {}

    /**
     * A threshold value a rule matched.
     *
     * @param location {@code file:line} where the value is set (the live rules' line when the evaluation ran on
     *                 them, otherwise the rule that inserted it)
     */
    public record ThresholdInForce(String name, double value, String unit, String location) {}
}
