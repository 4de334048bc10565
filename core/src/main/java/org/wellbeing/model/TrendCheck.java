package org.wellbeing.model;

/** A supplied trend label set beside the engine's own, and whether they agree. */
public record TrendCheck(String observationKey, String suppliedLabel, String source, String computedLabel,
                         boolean agrees) {}
