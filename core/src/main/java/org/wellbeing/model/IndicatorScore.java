package org.wellbeing.model;

/**
 * An observation's priority score: the sum of its {@link ScoreContribution}s (0 when it has none).
 *
 * @param reds  how many of its ratings are RED
 * @param flags how many worsening flags it carries
 */
public record IndicatorScore(String observationKey, String indicatorId, String areaCode, String period,
                             double score, int reds, int flags) {}
