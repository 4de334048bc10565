package org.wellbeing.engine;

import java.util.List;

/**
 * One rule firing: which rule, where it is written, the facts it matched and the facts it inserted.
 * Matched facts include the thresholds in force, because rules match on them.
 */
public record Firing(int sequence, String rule, String file, int line, List<Object> matched, List<Object> inserted) {}
