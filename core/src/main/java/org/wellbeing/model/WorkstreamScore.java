package org.wellbeing.model;

/**
 * A workstream's priority score for a period: the sum of the scores of the indicators linked to it
 * that have an observation in the period.
 *
 * @param reds       RED ratings of those indicators, all comparators together
 * @param flags      worsening flags on those indicators
 * @param indicators how many linked indicators have an observation in the period
 */
public record WorkstreamScore(String boardId, String workstreamId, String period, double score, int reds,
                              int flags, int indicators) {}
