package org.wellbeing.engine;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.wellbeing.rules.RuleBase;
import org.wellbeing.rules.RuleLocation;

/**
 * Records each firing of one session: the rule, the facts it matched, the facts its consequence inserted.
 * A session fires on one thread, so the firing under way is simply the last one begun. Kept cheap: a rule's
 * id and place are looked up once per rule, not per firing, and nothing is formatted.
 */
final class TraceListener extends DefaultAgendaEventListener implements RuleRuntimeEventListener {
    private static final Object[] NONE = new Object[0];

    private final RuleBase ruleBase;
    private final List<Firing> firings = new ArrayList<>();
    private final Map<Rule, Firing.Written> written = new IdentityHashMap<>();
    private Firing.Written current;
    private Object[] currentMatched;
    private Object[] inserted = NONE;
    private int insertedCount;

    TraceListener(RuleBase ruleBase) {
        this.ruleBase = ruleBase;
    }

    @Override
    public void beforeMatchFired(BeforeMatchFiredEvent event) {
        current = written.computeIfAbsent(event.getMatch().getRule(), this::written);
        currentMatched = event.getMatch().getObjects().toArray(); // Drools makes a new list for each call
        insertedCount = 0;
    }

    /** The parts of a firing that are the same for every firing of the rule. */
    private Firing.Written written(Rule rule) {
        RuleLocation where = ruleBase.locate(rule.getName());
        return new Firing.Written(ruleBase.idOf(rule.getName()), rule.getName(), where.file(), where.line());
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        firings.add(new Firing(firings.size() + 1, current, currentMatched, inserted, insertedCount));
        current = null;
    }

    @Override
    public void objectInserted(ObjectInsertedEvent event) {
        if (current != null) {
            if (insertedCount == inserted.length) {
                inserted = java.util.Arrays.copyOf(inserted, Math.max(4, insertedCount * 2));
            }
            inserted[insertedCount++] = event.getObject();
        }
    }

    @Override
    public void objectUpdated(ObjectUpdatedEvent event) {}

    @Override
    public void objectDeleted(ObjectDeletedEvent event) {}

    List<Firing> firings() {
        return firings;
    }
}
