package org.wellbeing;

import java.nio.file.Path;
import org.wellbeing.rules.RuleBase;
import org.wellbeing.rules.RuleCompiler;

/** The bundled rules/ compiled once per test run: compiling takes seconds, and tests only read a rule base. */
public final class BundledRules {
    public static final Path RULES = Path.of("rules");
    public static final Path DATA = Path.of("data", "luton");
    private static RuleBase compiled;

    private BundledRules() {}

    public static synchronized RuleBase get() {
        if (compiled == null) {
            try {
                compiled = new RuleCompiler().compile(RULES);
            } catch (Exception e) {
                throw new IllegalStateException("the bundled rules do not compile: " + e.getMessage(), e);
            }
        }
        return compiled;
    }
}
