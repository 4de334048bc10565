package org.wellbeing.model;

/** The area a town data set describes, and the names of its benchmarks, from {@code area.properties}. */
public record TownArea(String code, String name, String regionName) {}
