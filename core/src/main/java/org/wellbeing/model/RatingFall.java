package org.wellbeing.model;

/** An observation's rating against a comparator is worse than it was in the previous time period. */
public record RatingFall(String observationKey, Comparator comparator, Outcome from, Outcome to) {}
