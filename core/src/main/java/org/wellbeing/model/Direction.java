package org.wellbeing.model;

/** Where an area's value lies against a benchmark, before polarity says whether that is good. */
public enum Direction { HIGHER, SIMILAR, LOWER }
