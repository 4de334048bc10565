package org.wellbeing.scenarios;

import java.util.List;
import org.wellbeing.engine.RuleUse;

/**
 * How one scenario went: passed when {@code failures} is empty. Each failure is one sentence naming the
 * line of the expectation, what was expected and what the rules gave (with the rule and where it is written).
 *
 * @param use the rules that fired and the thresholds they matched, so that {@code validate} can say which
 *            rules the scenarios exercise
 */
public record ScenarioResult(Scenario scenario, List<String> failures, RuleUse use) {
    public ScenarioResult {
        failures = List.copyOf(failures);
    }

    public boolean passed() {
        return failures.isEmpty();
    }
}
