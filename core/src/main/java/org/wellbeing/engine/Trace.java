package org.wellbeing.engine;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
                    f.renumber(firings.size() + 1);
                    firings.add(f);
                }
            }
        }
        return new Trace(firings, new ProducedBy(firings));
    }

    /**
     * Derived fact to firing, made on first use: a batch of many areas derives millions of facts and is
     * often read without asking what produced each; asking once makes the whole map.
     */
    static final class ProducedBy extends AbstractMap<Object, Firing> {
        private final List<Firing> firings;
        private volatile Map<Object, Firing> map;

        ProducedBy(List<Firing> firings) {
            this.firings = firings;
        }

        private Map<Object, Firing> map() {
            Map<Object, Firing> made = map;
            if (made == null) {
                synchronized (this) {
                    made = map;
                    if (made == null) {
                        made = new IdentityHashMap<>(firings.stream().mapToInt(f -> f.inserted().size()).sum());
                        for (Firing f : firings) {
                            for (Object fact : f.inserted()) {
                                made.put(fact, f);
                            }
                        }
                        map = made;
                    }
                }
            }
            return made;
        }

        @Override
        public Firing get(Object fact) {
            return map().get(fact);
        }

        @Override
        public boolean containsKey(Object fact) {
            return map().containsKey(fact);
        }

        @Override
        public int size() {
            return map().size();
        }

        @Override
        public Set<Entry<Object, Firing>> entrySet() {
            return Collections.unmodifiableMap(map()).entrySet();
        }
    }
}
