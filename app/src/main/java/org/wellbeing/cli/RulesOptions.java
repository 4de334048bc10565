package org.wellbeing.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.wellbeing.rules.RuleBase;
import org.wellbeing.rules.RuleSetException;
import picocli.CommandLine.Option;

/** Where the rules are, for commands that read no town data (so that they do not accept a --data they would ignore). */
public final class RulesOptions {
    @Option(names = "--rules", paramLabel = "DIR", description = "rules directory (default: ${DEFAULT-VALUE})")
    Path rules = Path.of("rules");

    RuleBase compileRules() throws IOException, RuleSetException {
        return CompiledRules.compile(rules);
    }
}
