package org.wellbeing.rules;

import java.util.concurrent.atomic.AtomicReference;

/**
 * The live rule base. Readers take a snapshot and keep it for a whole evaluation, so an evaluation
 * runs on the old or the new rules, never a mix; a replacement is only ever a fully compiled rule base.
 */
public final class RuleBaseHolder {
    private final AtomicReference<RuleBase> live;

    public RuleBaseHolder(RuleBase initial) {
        this.live = new AtomicReference<>(initial);
    }

    public RuleBase current() {
        return live.get();
    }

    public RuleBase replace(RuleBase next) {
        return live.getAndSet(next);
    }
}
