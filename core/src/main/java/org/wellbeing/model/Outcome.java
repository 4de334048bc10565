package org.wellbeing.model;

/** The result of one comparison. RAG colours for indicators with a polarity, HIGHER/SIMILAR/LOWER without one. */
public enum Outcome { GREEN, AMBER, RED, HIGHER, SIMILAR, LOWER, NOT_COMPARED }
