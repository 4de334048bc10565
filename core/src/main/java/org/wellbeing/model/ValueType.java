package org.wellbeing.model;

/** What kind of number an indicator's value is; decides which statistics apply. */
public enum ValueType { PROPORTION, CRUDE_RATE, DIRECTLY_STANDARDISED_RATE, MEAN, SCORE, COUNT, RATIO, OTHER }
