package org.wellbeing.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reload path shared by the HTTP endpoint and, later, a file watcher: compile, check, then swap, or keep the old rules. */
class ReloaderTest {
    static final String ONE_RULE = """
            package test;
            import org.wellbeing.model.Threshold;
            rule "One threshold"
            when
            then
                insert(new Threshold("x", %s, "unit"));
            end
            """;

    @TempDir
    Path dir;
    RuleBaseHolder holder;
    RuleBase initial;

    @BeforeEach
    void compileInitialRules() throws Exception {
        Files.writeString(dir.resolve("t.drl"), ONE_RULE.formatted("1.0"));
        initial = new RuleCompiler().compile(dir);
        holder = new RuleBaseHolder(initial);
    }

    @Test
    void whenTheFilesChange_thenTheCheckedRuleBaseGoesLive_afterTheHookSawIt() throws Exception {
        AtomicReference<RuleBase> seen = new AtomicReference<>();
        Reloader reloader = new Reloader(dir, new RuleCompiler(), RuleCheck.none(), holder, seen::set);
        Files.writeString(dir.resolve("t.drl"), ONE_RULE.formatted("2.0"));

        Reloader.Outcome outcome = reloader.reload();

        assertTrue(outcome.changed());
        assertSame(initial, outcome.previous());
        assertSame(outcome.live(), holder.current());
        assertSame(outcome.live(), seen.get());
    }

    @Test
    void whenTheFilesAreTheSame_thenTheReloadSaysNothingChanged() throws Exception {
        Reloader reloader = new Reloader(dir, new RuleCompiler(), RuleCheck.none(), holder, rb -> {});

        assertFalse(reloader.reload().changed());
        assertEquals(initial.version(), holder.current().version());
    }

    @Test
    void whenAFileDoesNotCompile_thenTheOldRulesStayLive_andTheProblemNamesFileAndLine() throws Exception {
        Reloader reloader = new Reloader(dir, new RuleCompiler(), RuleCheck.none(), holder, rb -> {});
        Files.writeString(dir.resolve("t.drl"), "package test;\nrule \"Broken\"\nwhen\n    Foo( x == )\nthen\nend\n");

        RuleSetException e = assertThrows(RuleSetException.class, reloader::reload);

        assertEquals("t.drl", e.problems().get(0).file());
        assertTrue(e.problems().get(0).line() > 0);
        assertSame(initial, holder.current());
    }

    @Test
    void whenTheCheckFails_thenTheOldRulesStayLive_andTheHookIsNotCalled() throws IOException {
        AtomicReference<RuleBase> seen = new AtomicReference<>();
        RuleCheck refuse = rb -> List.of(new RuleProblem("t.drl", 3, "gap: no outcome"));
        Reloader reloader = new Reloader(dir, new RuleCompiler(), refuse, holder, seen::set);
        Files.writeString(dir.resolve("t.drl"), ONE_RULE.formatted("3.0"));

        RuleSetException e = assertThrows(RuleSetException.class, reloader::reload);

        assertEquals("t.drl:3: gap: no outcome", e.problems().get(0).toString());
        assertSame(initial, holder.current());
        assertEquals(null, seen.get());
    }

    @Test
    void whenTheHookFails_thenTheOldRulesStayLive() throws IOException {
        Reloader reloader = new Reloader(dir, new RuleCompiler(), RuleCheck.none(), holder,
                rb -> { throw new IllegalStateException("audit store down"); });
        Files.writeString(dir.resolve("t.drl"), ONE_RULE.formatted("4.0"));

        assertThrows(IllegalStateException.class, reloader::reload);
        assertSame(initial, holder.current());
    }
}
