package org.wellbeing.service;

import org.wellbeing.model.Facts;
import org.wellbeing.model.TownArea;

/**
 * What one evaluation runs on.
 *
 * @param source where the facts came from, kept with the evaluation ("bundled data data/luton", "JSON body", ...)
 */
public record EvaluationInput(String source, TownArea area, Facts facts) {}
