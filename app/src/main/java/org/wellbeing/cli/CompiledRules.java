package org.wellbeing.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.wellbeing.rules.RuleBase;
import org.wellbeing.rules.RuleCompiler;
import org.wellbeing.rules.RuleFiles;
import org.wellbeing.rules.RuleSetException;

/**
 * Rule directories compiled by commands in this process, by directory and rule-set version (a hash of the files'
 * names and contents), since a RuleBase is immutable. A command run from the shell compiles once either way;
 * commands run one after another in one process (the tests, the documented examples) compile unchanged rules
 * once instead of once each, and any edit to a file changes the version and compiles again.
 */
final class CompiledRules {
    /** Enough for the live rules and a few candidates; older entries are dropped all at once. */
    private static final int KEPT = 8;
    private static final Map<String, RuleBase> COMPILED = new ConcurrentHashMap<>();

    private CompiledRules() {}

    static RuleBase compile(Path dir) throws IOException, RuleSetException {
        Map<String, String> files = RuleFiles.read(dir);
        String key = dir + "\0" + RuleFiles.version(files);
        RuleBase known = COMPILED.get(key);
        if (known != null) {
            return known;
        }
        RuleBase compiled = new RuleCompiler().compile(dir.toString(), files);
        if (COMPILED.size() >= KEPT) {
            COMPILED.clear();
        }
        COMPILED.put(key, compiled);
        return compiled;
    }
}
