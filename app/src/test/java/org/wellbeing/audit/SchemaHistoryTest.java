package org.wellbeing.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening a store skips Flyway only when Flyway's own history says the schema is this build's. */
class SchemaHistoryTest {

    @Test
    void the_list_of_migrations_is_the_folder_of_migrations() throws Exception {
        Path folder = Path.of("app/src/main/resources/db/migration");
        if (!Files.isDirectory(folder)) {
            folder = Path.of("src/main/resources/db/migration");
        }
        try (Stream<Path> files = Files.list(folder)) {
            List<String> names = files.map(p -> p.getFileName().toString()).sorted(SchemaHistoryTest::byVersion).toList();
            assertEquals(names, SchemaHistory.MIGRATIONS);
        }
    }

    private static int byVersion(String a, String b) {
        return Integer.compare(Integer.parseInt(a.substring(1, a.indexOf("__"))),
                Integer.parseInt(b.substring(1, b.indexOf("__"))));
    }

    @Test
    void a_store_flyway_made_is_up_to_date_with_the_checksums_flyway_recorded(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("audit.db");
        AuditStore.open(file).close(); // a new file: Flyway migrates

        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            List<SchemaHistory.Applied> applied = SchemaHistory.applied(c);
            assertEquals(SchemaHistory.MIGRATIONS.size(), applied.size());
            for (int i = 0; i < applied.size(); i++) {
                assertEquals(SchemaHistory.checksum(SchemaHistory.MIGRATIONS.get(i)), applied.get(i).checksum(),
                        SchemaHistory.MIGRATIONS.get(i));
            }
            assertTrue(SchemaHistory.upToDate(c));
        }
    }

    @Test
    void a_new_file_or_a_store_behind_or_with_a_changed_script_is_not(@TempDir Path dir) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("new.db"))) {
            assertFalse(SchemaHistory.upToDate(c));
        }
        Path file = dir.resolve("audit.db");
        AuditStore.open(file).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            c.createStatement().execute("UPDATE flyway_schema_history SET checksum = checksum + 1 WHERE version = '2'");
            assertFalse(SchemaHistory.upToDate(c));
            c.createStatement().execute("UPDATE flyway_schema_history SET checksum = checksum - 1 WHERE version = '2'");
            assertTrue(SchemaHistory.upToDate(c));
            c.createStatement().execute("DELETE FROM flyway_schema_history WHERE version = '3'");
            assertFalse(SchemaHistory.upToDate(c));
        }
    }

    @Test
    void a_store_one_migration_behind_is_migrated_on_open(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("audit.db");
        AuditStore.open(file).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            // as a V2 store was: no deflated column, no V3 in the history
            c.createStatement().execute("ALTER TABLE content DROP COLUMN deflated");
            c.createStatement().execute("DELETE FROM flyway_schema_history WHERE version = '3'");
        }
        AuditStore.open(file).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            assertTrue(SchemaHistory.upToDate(c));
            try (var rows = c.createStatement().executeQuery("SELECT count(*) FROM pragma_table_info('content') WHERE name = 'deflated'")) {
                assertTrue(rows.next());
                assertEquals(1, rows.getInt(1));
            }
        }
    }
}
