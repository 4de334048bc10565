package org.wellbeing.engine;

import java.util.ArrayList;
import java.util.List;
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
 * A session fires on one thread, so the firing under way is simply the last one begun.
 */
final class TraceListener extends DefaultAgendaEventListener implements RuleRuntimeEventListener {
    private final RuleBase ruleBase;
    private final List<Firing> firings = new ArrayList<>();
    private String currentRule;
    private List<Object> currentMatched;
    private List<Object> currentInserted;

    TraceListener(RuleBase ruleBase) {
        this.ruleBase = ruleBase;
    }

    @Override
    public void beforeMatchFired(BeforeMatchFiredEvent event) {
        currentRule = event.getMatch().getRule().getName();
        currentMatched = event.getMatch().getObjects(); // a new unmodifiable list for each call
        currentInserted = new ArrayList<>(2);
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        RuleLocation where = ruleBase.locate(currentRule);
        Firing firing = new Firing(firings.size() + 1, currentRule, where.file(), where.line(),
                currentMatched, List.copyOf(currentInserted));
        firings.add(firing);
        currentRule = null;
    }

    @Override
    public void objectInserted(ObjectInsertedEvent event) {
        if (currentRule != null) {
            currentInserted.add(event.getObject());
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
