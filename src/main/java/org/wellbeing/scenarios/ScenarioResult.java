package org.wellbeing.scenarios;

import java.util.List;

/**
 * How one scenario went: passed when {@code failures} is empty. Each failure is one sentence naming the
 * line of the expectation, what was expected and what the rules gave (with the rule and where it is written).
 */
public record ScenarioResult(Scenario scenario, List<String> failures) {
    public ScenarioResult {
        failures = List.copyOf(failures);
    }

    public boolean passed() {
        return failures.isEmpty();
    }
}
