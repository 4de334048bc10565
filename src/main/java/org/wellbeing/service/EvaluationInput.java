package org.wellbeing.service;

import org.wellbeing.engine.Facts;
import org.wellbeing.io.town.TownArea;

/**
 * What one evaluation runs on.
 *
 * @param source where the facts came from, kept with the evaluation ("bundled data data/luton", "JSON body", ...)
 */
public record EvaluationInput(String source, TownArea area, Facts facts) {}
