package org.wellbeing.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.TreeMap;
import org.wellbeing.rules.RuleBase;
import org.wellbeing.rules.RuleCompiler;
import org.wellbeing.rules.RuleFiles;
import org.wellbeing.rules.RuleSetException;

/**
 * A directory of rule files that tests read: compiled once per test JVM (a RuleBase is immutable), copied on request.
 * The test JVMs of a build share one compiled-rule cache ({@code -Dwellbeing.rule-cache}, set by the build): the
 * first to need the rules compiles them holding a lock on the cache, the others wait for it and read its result
 * back instead of running Drools' compiler on the same files at the same time.
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
                compiled = compileHoldingTheCacheLock();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (RuleSetException e) {
                throw new AssertionError(what + " do not compile:\n" + e.getMessage(), e);
            }
        }
        return compiled;
    }

    /**
     * Compiles the rules while holding the lock on the build's compiled-rule cache, so that a JVM that waited reads
     * back what another compiled; without a cache (the property unset or {@code off}) simply compiles.
     */
    private RuleBase compileHoldingTheCacheLock() throws IOException, RuleSetException {
        String cache = System.getProperty("wellbeing.rule-cache");
        if (cache == null || cache.isBlank() || cache.equalsIgnoreCase("off")) {
            return new RuleCompiler().compile(dir);
        }
        Path lockFile = Files.createDirectories(Path.of(cache)).resolve("tests.lock");
        synchronized (RuleDirectory.class) {   // a JVM may hold a file's lock only once
            try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
                channel.lock();   // released when the channel closes
                return new RuleCompiler().compile(dir);
            }
        }
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
