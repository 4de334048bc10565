package org.wellbeing.service;

import java.util.List;
import org.wellbeing.model.Workstream;

/**
 * A board as {@code GET /api/boards} lists it: as in {@code boards.json}, with its indicators in catalogue order:
 * those its table in the strategy lists (the catalogue's {@code boards}) and those linked to its workstreams.
 */
public record BoardSummary(String id, String name, String lifecourse, List<String> targetOutcomes,
                           List<Workstream> workstreams, List<String> indicators) {}
