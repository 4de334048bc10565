package org.wellbeing.model;

/** Which direction of an indicator is good. NO_JUDGEMENT indicators are compared as higher/similar/lower only. */
public enum Polarity { HIGH_IS_GOOD, LOW_IS_GOOD, NO_JUDGEMENT }
