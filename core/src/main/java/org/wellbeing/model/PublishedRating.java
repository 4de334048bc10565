package org.wellbeing.model;

import java.util.Map;

/** A town's own published comparisons for one indicator and time period (on {@code line} of its file, header = line 1), as R/A/G or NA, and its trend word. */
public record PublishedRating(int line, String indicatorId, String timePeriod, Map<Comparator, Outcome> outcomes,
                              String trend) {}
