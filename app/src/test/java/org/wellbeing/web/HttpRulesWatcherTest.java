package org.wellbeing.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.wellbeing.rules.Reloader;
import org.wellbeing.rules.RuleFiles;
import org.wellbeing.rules.RuleProblem;
import org.wellbeing.rules.RulesWatcher;
import org.wellbeing.testing.SmallRules;

/**
 * Hot reload from disk on a running service: the watcher on a temporary copy of the tests' small rule set goes through
 * the same Reloader as {@code POST /api/rules/reload}. Editors are imitated: write a temporary file and rename it
 * over the rule file, write in several bursts, leave swap files about. That nothing is (re)loaded is shown on a
 * look the watcher reports having made at the files (an editor's swap file written beside them makes it look at
 * once), not by waiting a while.
 */
class HttpRulesWatcherTest {
    /** Only so that a watcher that never reloads fails instead of hanging: how fast it reloads is bench-http's. */
    static final Duration LIVENESS = Duration.ofSeconds(60);

    /** Files an editor leaves beside the rules: a swap file (written as one types) and a backup. */
    static final String SWAP = ".thresholds.drl.swp";
    static final String BACKUP = "thresholds.drl~";

    static TestServer server;
    static String originalVersion;
    static String thresholds;
    static String compare;

    RulesWatcher watcher;
    /** What the watcher did, in order: reload attempts (an Outcome or the problems) and looks that loaded nothing. */
    final BlockingQueue<Object> events = new LinkedBlockingQueue<>();

    /** The watcher looked at the files, found this version and had nothing to load. */
    record Unchanged(String version) {}

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.startOnSmallRules();
        originalVersion = server.services.rules().current().version();
        thresholds = Files.readString(server.rules.resolve(SmallRules.THRESHOLDS));
        compare = Files.readString(server.rules.resolve(SmallRules.COMPARE));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    void watch(RulesWatcher.Mode mode) throws IOException {
        watch(mode, RulesWatcher.DEFAULT_DEBOUNCE);
    }

    void watch(RulesWatcher.Mode mode, Duration debounce) throws IOException {
        watcher = RulesWatcher.start(server.services.reloader(), debounce, mode,
                new RulesWatcher.Listener() {
                    @Override
                    public void reloaded(Reloader.Outcome outcome) {
                        events.add(outcome);
                    }

                    @Override
                    public void refused(List<RuleProblem> problems) {
                        events.add(problems);
                    }

                    @Override
                    public void unchanged(String version) {
                        events.add(new Unchanged(version));
                    }
                });
    }

    /** Stops the watcher, puts the files back and reloads the originals if the live rules changed. */
    @AfterEach
    void restore() throws Exception {
        if (watcher != null) {
            watcher.close();
        }
        Files.writeString(server.rules.resolve(SmallRules.THRESHOLDS), thresholds);
        Files.writeString(server.rules.resolve(SmallRules.COMPARE), compare);
        Files.deleteIfExists(server.rules.resolve("extra/more.drl"));
        Files.deleteIfExists(server.rules.resolve("extra"));
        for (String leftover : List.of(SWAP, BACKUP)) {
            Files.deleteIfExists(server.rules.resolve(leftover));
        }
        if (!server.services.rules().current().version().equals(originalVersion)) {
            server.services.reloader().reload();
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(RulesWatcher.Mode.class)
    void a_good_edit_saved_the_way_editors_save_goes_live(RulesWatcher.Mode mode) throws Exception {
        // Given a service on the original rules, rating a value 25% above England's HIGHER (band 10%)
        watch(mode);
        assertEquals("HIGHER", englandOutcome());

        // When the band is raised to 30% and saved as editors do: a temporary file renamed over the original
        String edited = thresholds.replace(SmallRules.BAND, SmallRules.band(30.0));
        saveLikeAnEditor(server.rules.resolve(SmallRules.THRESHOLDS), edited);

        // Then the watcher reloads it: the new rule set is live, the service says so, and rates on it
        Object attempt = nextAttempt();
        assertTrue(attempt instanceof Reloader.Outcome, "the edit never went live: " + attempt);
        String expected = versionWith(SmallRules.THRESHOLDS, edited);
        assertEquals(expected, server.services.rules().current().version());
        assertEquals(expected, server.get("/api/rules").json().path("version").asText());
        assertEquals("SIMILAR", englandOutcome());
    }

    @Test
    void a_broken_edit_is_not_applied_and_the_service_keeps_answering_on_the_old_rules() throws Exception {
        // Given a watched service
        watch(RulesWatcher.defaultMode());

        // When a rule file is saved with a misspelt field
        String misspelt = compare.replace("value == null )", "valuee == null )");
        saveLikeAnEditor(server.rules.resolve(SmallRules.COMPARE), misspelt);

        // Then the reload is refused naming file and line, the old rules stay live, and the service answers
        Object attempt = nextAttempt();
        assertNotNull(attempt, "the watcher never tried the edit");
        assertTrue(attempt instanceof List<?>, "the broken edit went live: " + attempt);
        List<?> problems = (List<?>) attempt;
        int line = lineOf(compare, "value == null )");
        assertTrue(problems.stream().anyMatch(p -> p.toString().startsWith(SmallRules.COMPARE + ":" + line + ": ")),
                problems.toString());
        assertEquals(originalVersion, server.services.rules().current().version());
        TestServer.Response health = server.get("/api/health");
        assertEquals(200, health.status());
        assertEquals(originalVersion, health.json().path("ruleSetVersion").asText());
        assertEquals("HIGHER", englandOutcome());

        // And the same broken files are not tried again when the watcher looks at them again
        Files.writeString(server.rules.resolve(SWAP), "swap");
        awaitLookThatLoadsNothing(versionWith(SmallRules.COMPARE, misspelt));

        // When the file is put right (with a comment, so that it differs from the live rules), it goes live
        String fixed = compare + "\n// value, not valuee\n";
        saveLikeAnEditor(server.rules.resolve(SmallRules.COMPARE), fixed);
        Object again = nextAttempt();
        assertTrue(again instanceof Reloader.Outcome, String.valueOf(again));
        assertEquals(versionWith(SmallRules.COMPARE, fixed), server.services.rules().current().version());
    }

    @Test
    void several_quick_writes_load_once_and_swap_or_backup_files_load_nothing() throws Exception {
        // a quiet time well above the writes' 50 ms gaps, so that a busy machine (other test classes run beside
        // this one) stretching a gap cannot split the writes: what is tested is that writes within it load once
        watch(RulesWatcher.defaultMode(), Duration.ofSeconds(2));
        Path file = server.rules.resolve(SmallRules.THRESHOLDS);

        // When a file is written five times, 50 ms apart
        String last = null;
        for (int i = 1; i <= 5; i++) {
            last = thresholds.replace(SmallRules.BAND, SmallRules.band(10.0 + i));
            Files.writeString(file, last);
            Thread.sleep(50);
        }

        // Then one reload, of the last version
        Object attempt = nextAttempt();
        assertTrue(attempt instanceof Reloader.Outcome, String.valueOf(attempt));
        String lastVersion = versionWith(SmallRules.THRESHOLDS, last);
        assertEquals(lastVersion, ((Reloader.Outcome) attempt).live().version());

        // When an editor then leaves swap and backup files (the backup with other rules) beside the rules
        Files.writeString(server.rules.resolve(SWAP), "swap");
        Files.writeString(server.rules.resolve(BACKUP), thresholds);

        // Then the watcher looks and loads nothing: no second reload, and swap or backup files are not rules
        awaitLookThatLoadsNothing(lastVersion);
        assertEquals(lastVersion, server.services.rules().current().version());
    }

    @Test
    void a_rule_file_in_a_new_folder_is_loaded() throws Exception {
        watch(RulesWatcher.defaultMode());

        // When a folder with a rule file appears under the rules directory
        Path extra = server.rules.resolve("extra");
        Files.createDirectory(extra);
        Files.writeString(extra.resolve("more.drl"), """
                package wellbeing;
                import org.wellbeing.model.*;

                rule "A rule in a new folder"
                when
                    Indicator( id == "no-such-indicator" )
                then
                end
                """);

        // Then it is loaded
        Object attempt = nextAttempt();
        assertTrue(attempt instanceof Reloader.Outcome, String.valueOf(attempt));
        assertTrue(server.services.rules().current().rules().containsKey("A rule in a new folder"));
    }

    /** The watcher's next reload attempt (an Outcome, or the problems it refused), after any looks before it. */
    private Object nextAttempt() throws InterruptedException {
        long deadline = System.nanoTime() + LIVENESS.toNanos();
        while (true) {
            Object event = events.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (!(event instanceof Unchanged)) {
                return event;   // null when the watcher tried nothing in time
            }
        }
    }

    /** Waits for the watcher to look at the files at {@code version} and load nothing; fails if it tries a reload first. */
    private void awaitLookThatLoadsNothing(String version) throws InterruptedException {
        long deadline = System.nanoTime() + LIVENESS.toNanos();
        while (true) {
            Object event = events.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (event == null) {
                fail("the watcher never looked at the files again");
            }
            if (event.equals(new Unchanged(version))) {
                return;
            }
            if (!(event instanceof Unchanged)) {
                fail("the watcher tried a reload where there was nothing to load: " + event);
            }
        }
    }

    private static String englandOutcome() {
        return HttpRulesTest.outcomeAgainstEngland(server);
    }

    /** What the rule-set version will be once {@code file} holds {@code text}. */
    private static String versionWith(String file, String text) throws IOException {
        var files = new java.util.TreeMap<>(RuleFiles.read(server.rules));
        files.put(file, text);
        return RuleFiles.version(files);
    }

    /** Writes a temporary file beside the target and renames it over the target, as many editors save. */
    private static void saveLikeAnEditor(Path target, String text) throws IOException {
        Path temporary = target.resolveSibling("." + target.getFileName() + ".tmp");
        Files.writeString(temporary, text);
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static int lineOf(String text, String needle) {
        return (int) text.substring(0, text.indexOf(needle)).chars().filter(c -> c == '\n').count() + 1;
    }
}
