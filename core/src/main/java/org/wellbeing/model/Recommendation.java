package org.wellbeing.model;

/**
 * A board's workstream ranked for a period: 1 is where the board should put effort first.
 *
 * @param of     how many of the board's workstreams were ranked for the period
 * @param reason one plain-English sentence saying how the rank was reached
 */
public record Recommendation(String boardId, String workstreamId, String period, int rank, int of, double score,
                             int reds, int flags, String reason) {}
