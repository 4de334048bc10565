package org.wellbeing.model;

/**
 * A workstream acts on an indicator: the indicator's score counts towards the workstream's priority.
 *
 * @param rationale why the workstream acts on the indicator, in the mapping's words
 */
public record WorkstreamLink(String indicatorId, String workstreamId, String boardId, String rationale) {}
