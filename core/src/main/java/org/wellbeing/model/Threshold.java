package org.wellbeing.model;

/**
 * A named number that rules read, inserted by rules/thresholds.drl. Because rules match on it,
 * every firing that used a threshold carries its value into the audit trail.
 */
public record Threshold(String name, double value, String unit) {}
