package org.wellbeing.rules;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Compiles a rules directory, checks the result and, only when both succeed, makes it the live rule base.
 * A broken directory never replaces a working rule base: the old one stays live and the problems name
 * file and line. Reloads are serialised; evaluations keep running on whichever snapshot they took.
 * Used by {@code POST /api/rules/reload}, and meant for a file watcher too.
 */
public final class Reloader {
    private final Path directory;
    private final RuleCompiler compiler;
    private final RuleCheck check;
    private final RuleBaseHolder holder;
    private final Consumer<RuleBase> beforeGoingLive;

    /**
     * @param beforeGoingLive runs on an accepted rule base before it is swapped in (e.g. to store its files
     *                        for audit); if it throws, the swap does not happen
     */
    public Reloader(Path directory, RuleCompiler compiler, RuleCheck check, RuleBaseHolder holder,
                    Consumer<RuleBase> beforeGoingLive) {
        this.directory = Objects.requireNonNull(directory);
        this.compiler = Objects.requireNonNull(compiler);
        this.check = Objects.requireNonNull(check);
        this.holder = Objects.requireNonNull(holder);
        this.beforeGoingLive = Objects.requireNonNull(beforeGoingLive);
    }

    /** What a successful reload did. {@code changed} is false when the files were the same as before. */
    public record Outcome(RuleBase previous, RuleBase live, boolean changed) {}

    /** Compiles and checks the directory without touching the live rule base. */
    public RuleBase compileAndCheck() throws IOException, RuleSetException {
        return compileAndCheck(directory, compiler, check);
    }

    /** Compiles a directory and checks the result: the first load of a rule base, or a dry run. */
    public static RuleBase compileAndCheck(Path directory, RuleCompiler compiler, RuleCheck check)
            throws IOException, RuleSetException {
        RuleBase candidate = compiler.compile(directory);
        List<RuleProblem> problems = check.check(candidate);
        if (!problems.isEmpty()) {
            throw new RuleSetException(problems);
        }
        return candidate;
    }

    /**
     * Compiles, checks and swaps in the directory's rules.
     *
     * @throws RuleSetException when the files do not compile or fail the check; the old rules stay live
     * @throws IOException      when the directory cannot be read; the old rules stay live
     */
    public synchronized Outcome reload() throws IOException, RuleSetException {
        RuleBase candidate = compileAndCheck();
        beforeGoingLive.accept(candidate);
        RuleBase previous = holder.replace(candidate);
        return new Outcome(previous, candidate, !previous.version().equals(candidate.version()));
    }

    public Path directory() {
        return directory;
    }

    public RuleBaseHolder holder() {
        return holder;
    }
}
