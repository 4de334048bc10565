package org.wellbeing.chart;

/** An area that has observations in an evaluation. */
public record Area(String code, String name) {}
