package org.wellbeing.engine;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The firings of one evaluation, from one session or several (one per partition) one after the other,
 * numbered from 1 throughout, and each derived fact (by identity) mapped to the firing that inserted it.
 */
record Trace(List<Firing> firings, Map<Object, Firing> producedBy) {

    static Trace of(List<List<Firing>> sessions) {
        List<Firing> firings;
        if (sessions.size() == 1) {
            firings = sessions.get(0);
        } else {
            firings = new ArrayList<>(sessions.stream().mapToInt(List::size).sum());
            for (List<Firing> session : sessions) {
                for (Firing f : session) {
                    firings.add(new Firing(firings.size() + 1, f.rule(), f.file(), f.line(), f.matched(), f.inserted()));
                }
            }
        }
        Map<Object, Firing> producedBy = new IdentityHashMap<>(firings.stream().mapToInt(f -> f.inserted().size()).sum());
        for (Firing f : firings) {
            f.inserted().forEach(fact -> producedBy.put(fact, f));
        }
        return new Trace(firings, producedBy);
    }
}
