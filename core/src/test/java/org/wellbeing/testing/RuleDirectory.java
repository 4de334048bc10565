package org.wellbeing.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.wellbeing.rules.RuleBase;
import org.wellbeing.rules.RuleCompiler;
import org.wellbeing.rules.RuleFiles;
import org.wellbeing.rules.RuleSetException;

/**
 * A directory of rule files that tests read: compiled once per test JVM (a RuleBase is immutable), copied on request.
 * The build gives every module's test JVMs one compiled-rule cache ({@code -Dwellbeing.rule-cache}), so a JVM that
 * starts after another compiled these files reads the result back.
 */
final class RuleDirectory {
    private final Path dir;
    private final String what;
    private RuleBase compiled;

    /** @param what the rules' name in a failure, e.g. "the bundled rules" */
    RuleDirectory(Path dir, String what) {
        this.dir = dir;
        this.what = what;
    }

    synchronized RuleBase ruleBase() {
        if (compiled == null) {
            try {
                compiled = new RuleCompiler().compile(dir);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (RuleSetException e) {
                throw new AssertionError(what + " do not compile:\n" + e.getMessage(), e);
            }
        }
        return compiled;
    }

    /** A modifiable copy of the rule files, relative path to DRL text, for tests that change them. */
    Map<String, String> files() {
        try {
            return new TreeMap<>(RuleFiles.read(dir));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
