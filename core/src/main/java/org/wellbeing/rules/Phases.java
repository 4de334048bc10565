package org.wellbeing.rules;

import java.util.List;
import org.kie.api.runtime.KieSession;

/**
 * The order in which rules fire, by phase. A phase is a Drools ruleflow group (the same as an agenda group) named in the rule
 * ({@code ruleflow-group "flag"}); rules with none are the first phase, "rate" (thresholds, comparisons,
 * trends). Each later phase starts once the one before has nothing left to fire, so a rule in it judges the
 * whole picture (a flag sees every rating, a score every point). The compiler refuses any other group name.
 */
public final class Phases {
    /** The phases after "rate", in firing order. */
    public static final List<String> LATER = List.of("flag", "points", "indicator-score", "workstream-score", "rank");

    private Phases() {}

    /** Fires every phase in order; the number of firings. */
    public static int fireAll(KieSession session) {
        int fired = session.fireAllRules();
        for (String phase : LATER) {
            var group = session.getAgenda().getAgendaGroup(phase); // null where no rule is in the phase
            if (group != null) {
                group.setFocus();
                fired += session.fireAllRules();
            }
        }
        return fired;
    }

    static boolean known(String agendaGroup) {
        return agendaGroup == null || agendaGroup.isEmpty() || agendaGroup.equals("MAIN") || LATER.contains(agendaGroup);
    }
}
