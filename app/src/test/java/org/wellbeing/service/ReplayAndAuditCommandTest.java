package org.wellbeing.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wellbeing.testing.BundledRules;
import org.wellbeing.audit.AuditStore;
import org.wellbeing.io.town.TownDatasetReader;
import org.wellbeing.rules.RuleBase;
import org.wellbeing.rules.RuleBaseHolder;
import org.wellbeing.rules.RuleCompiler;
import org.wellbeing.rules.RuleFiles;
import org.wellbeing.testing.Cli;

/** `replay` re-runs a stored evaluation under the rules it used; `audit verify` checks the chain. */
class ReplayAndAuditCommandTest {

    @Test
    void an_evaluation_made_before_a_rule_change_replays_identically_under_its_own_rules(@TempDir Path dir) throws Exception {
        // Given an evaluation stored under the bundled rules
        Path db = dir.resolve("audit.db");
        Path rules = copyOfRules(dir.resolve("rules"));
        String id;
        try (AuditStore store = AuditStore.open(db)) {
            RuleBase before = new RuleCompiler().compile(rules);
            store.saveRuleSet(before.version(), before.files());
            var service = new EvaluationService(new RuleBaseHolder(before), store, java.util.List.of());
            var data = TownDatasetReader.read(Path.of("data", "luton"));
            id = service.evaluate(new Inputs(data).bundled()).document().id();
        }
        // and then a threshold changed in the rules directory
        Path thresholds = rules.resolve("thresholds.drl");
        Files.writeString(thresholds, BundledRules.withThresholdScaled(Files.readString(thresholds),
                "similar.band.proportion", 2.0));
        assertNotEquals(BundledRules.ruleBase().version(), RuleFiles.version(RuleFiles.read(rules)));

        // When it is replayed
        Cli.Run run = Cli.run("replay", id, "--db", db.toString());

        // Then under the rules it used, every result is identical
        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains("inputs: rebuilt, same digest as stored"), run.out());
        assertTrue(run.out().contains("IDENTICAL: every result is the same"), run.out());
    }

    @Test
    void audit_verify_passes_then_fails_after_a_record_is_edited_in_the_database_file(@TempDir Path dir) throws Exception {
        // Given a store with two evaluations
        Path db = dir.resolve("audit.db");
        try (AuditStore store = AuditStore.open(db)) {
            RuleBase rules = BundledRules.ruleBase();
            store.saveRuleSet(rules.version(), rules.files());
            var service = new EvaluationService(new RuleBaseHolder(rules), store, java.util.List.of());
            var input = new Inputs(TownDatasetReader.read(Path.of("data", "luton"))).bundled();
            service.evaluate(input);
            service.evaluate(input);
        }
        Cli.Run intact = Cli.run("audit", "verify", "--db", db.toString());
        assertEquals(0, intact.exitCode(), intact.out() + intact.err());
        assertTrue(intact.out().startsWith("OK: 2 records checked"), intact.out());

        // When someone edits the first record's payload directly in the file (dropping the guard trigger first)
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            try (var s = c.createStatement()) {
                s.executeUpdate("DROP TRIGGER IF EXISTS evaluation_no_update");
                for (var name : triggers(c)) {
                    s.executeUpdate("DROP TRIGGER IF EXISTS " + name);
                }
                s.executeUpdate("UPDATE evaluation SET payload_json = replace(payload_json, '\"RED\"', '\"GREEN\"') WHERE seq = 1");
            }
        }

        // Then verify fails, naming the record
        Cli.Run tampered = Cli.run("audit", "verify", "--db", db.toString());
        assertEquals(1, tampered.exitCode(), tampered.out());
        assertTrue(tampered.out().startsWith("FAILED"), tampered.out());
        assertTrue(tampered.out().contains("edited"), tampered.out());
    }

    @Test
    void audit_verify_of_a_missing_database_is_refused_without_creating_it(@TempDir Path dir) {
        Path db = dir.resolve("nope.db");
        Cli.Run run = Cli.run("audit", "verify", "--db", db.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("nope.db"), run.err());
        assertTrue(Files.notExists(db));
    }

    private static java.util.List<String> triggers(java.sql.Connection c) throws Exception {
        var names = new java.util.ArrayList<String>();
        try (var rs = c.createStatement().executeQuery("SELECT name FROM sqlite_master WHERE type = 'trigger'")) {
            while (rs.next()) names.add(rs.getString(1));
        }
        return names;
    }

    private static Path copyOfRules(Path target) throws Exception {
        Path source = Path.of("rules");
        try (Stream<Path> paths = Files.walk(source)) {
            for (Path p : paths.sorted(Comparator.naturalOrder()).toList()) {
                Path to = target.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(to); else Files.copy(p, to);
            }
        }
        return target;
    }
}
