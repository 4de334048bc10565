package org.wellbeing.model;

/**
 * A trend label that came with the data (Fingertips' "Recent Trend", a town's published trend word),
 * kept as an input fact and shown with its source.
 */
public record SuppliedTrend(String observationKey, String label, String source) {}
