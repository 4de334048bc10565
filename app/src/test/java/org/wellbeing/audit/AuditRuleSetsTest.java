package org.wellbeing.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditRuleSetsTest {

    static final String THRESHOLDS = "// every tunable number\ndeclare Thresholds\n  tolerance : double = 0.05\nend\n";
    static final String COMPARE = "rule \"Worse than England: confidence interval entirely below the benchmark\"\nend\n";
    static final String TREND = "rule \"Increasing and getting worse\"\nend\n";

    @TempDir
    Path dir;

    @Test
    void savedRuleSet_loadsBackTheSameFiles() {
        Path file = dir.resolve("audit.db");
        Map<String, String> files = Map.of("thresholds.drl", THRESHOLDS, "compare/england.drl", COMPARE);
        try (AuditStore store = AuditStore.open(file)) {
            assertTrue(store.saveRuleSet("abc1", files));
        }

        try (AuditStore store = AuditStore.open(file)) {
            assertEquals(files, store.loadRuleSet("ABC1").orElseThrow());
        }
    }

    @Test
    void unknownVersion_loadsNothing() {
        try (AuditStore store = AuditStore.open(dir.resolve("audit.db"))) {
            assertTrue(store.loadRuleSet("dead").isEmpty());
        }
    }

    @Test
    void savingAStoredVersionAgain_isANoOp() {
        try (AuditStore store = AuditStore.open(dir.resolve("audit.db"))) {
            Map<String, String> files = Map.of("thresholds.drl", THRESHOLDS);
            assertTrue(store.saveRuleSet("abc1", files));

            assertFalse(store.saveRuleSet("abc1", files));
            assertEquals(files, store.loadRuleSet("abc1").orElseThrow());
        }
    }

    @Test
    void aStoredVersionWithDifferentFiles_isRefused() {
        try (AuditStore store = AuditStore.open(dir.resolve("audit.db"))) {
            store.saveRuleSet("abc1", Map.of("thresholds.drl", THRESHOLDS));

            assertThrows(AuditStoreException.class,
                    () -> store.saveRuleSet("abc1", Map.of("thresholds.drl", THRESHOLDS + "// changed\n")));
        }
    }

    @Test
    void identicalContents_areStoredOnce() throws Exception {
        Path file = dir.resolve("audit.db");
        try (AuditStore store = AuditStore.open(file)) {
            // Given two versions that share two of their files (one under another name)
            store.saveRuleSet("0001", Map.of("thresholds.drl", THRESHOLDS, "compare/england.drl", COMPARE));
            store.saveRuleSet("0002", Map.of("thresholds.drl", THRESHOLDS, "compare/region.drl", COMPARE,
                    "trend/recent.drl", TREND));

            // Then each distinct content is one row, while both file lists are complete
            assertEquals(3, count(file, "rule_file_content"));
            assertEquals(5, count(file, "rule_set_file"));
            assertEquals(3, store.loadRuleSet("0002").orElseThrow().size());
        }
    }

    @Test
    void editedRuleFileContent_isRefusedOnLoad() throws Exception {
        Path file = dir.resolve("audit.db");
        try (AuditStore store = AuditStore.open(file)) {
            store.saveRuleSet("abc1", Map.of("thresholds.drl", THRESHOLDS));
        }
        Records.rawSql(file, "DROP TRIGGER rule_file_content_no_update",
                "UPDATE rule_file_content SET content = replace(content, '0.05', '0.50')");

        try (AuditStore store = AuditStore.open(file)) {
            AuditStoreException e = assertThrows(AuditStoreException.class, () -> store.loadRuleSet("abc1"));
            assertTrue(e.getMessage().contains("thresholds.drl"), e.getMessage());
        }
    }

    @Test
    void pathsThatAreNotRelative_areRefused() {
        try (AuditStore store = AuditStore.open(dir.resolve("audit.db"))) {
            for (String bad : new String[] {"/etc/rules.drl", "../x.drl", "a//b.drl", "a\\b.drl", "C:x.drl", ""}) {
                assertThrows(IllegalArgumentException.class, () -> store.saveRuleSet("abc1", Map.of(bad, "x")), bad);
            }
            assertThrows(IllegalArgumentException.class, () -> store.saveRuleSet("abc1", Map.of()));
            assertTrue(store.loadRuleSet("abc1").isEmpty());
        }
    }

    private static int count(Path file, String table) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             ResultSet rows = c.createStatement().executeQuery("SELECT count(*) FROM " + table)) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
