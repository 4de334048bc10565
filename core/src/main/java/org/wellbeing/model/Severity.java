package org.wellbeing.model;

/** How urgent a worsening flag is. */
public enum Severity { HIGH, MEDIUM, LOW }
