package org.wellbeing.service;

import java.util.List;
import org.wellbeing.model.Workstream;

/** A board as {@code GET /api/boards} lists it: as in {@code boards.json}, with the catalogue's indicators for it. */
public record BoardSummary(String id, String name, String lifecourse, List<String> targetOutcomes,
                           List<Workstream> workstreams, List<String> indicators) {}
