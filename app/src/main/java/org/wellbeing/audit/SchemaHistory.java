package org.wellbeing.audit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.zip.CRC32;

/**
 * Whether a database's schema is already the one this build's migrations make, told from Flyway's own history
 * table without starting Flyway: every migration this build has, in order, applied successfully, with the same
 * script and the checksum Flyway recorded for it, and nothing else. Then opening the store skips Flyway, whose
 * set-up cost more than half a second of every command that opens the store (replay, audit, serve,
 * explain --evaluation, board papers); in any other case Flyway migrates and validates as before.
 */
final class SchemaHistory {
    /** This build's migrations under {@code db/migration}, oldest first ({@code SchemaHistoryTest} checks the folder). */
    static final List<String> MIGRATIONS = List.of(
            "V1__audit_schema.sql", "V2__content_and_policies.sql", "V3__deflated_contents.sql");

    private SchemaHistory() {}

    /** One applied migration as Flyway recorded it. */
    record Applied(String version, String script, Integer checksum, boolean success) {}

    static boolean upToDate(Connection connection) throws SQLException {
        List<Applied> applied = applied(connection);
        if (applied == null || applied.size() != MIGRATIONS.size()) {
            return false;
        }
        for (int i = 0; i < MIGRATIONS.size(); i++) {
            String script = MIGRATIONS.get(i);
            Applied a = applied.get(i);
            if (!a.success() || !script.equals(a.script()) || !version(script).equals(a.version())
                    || !Objects.equals(checksum(script), a.checksum())) {
                return false;
            }
        }
        return true;
    }

    /** The history in the order applied; null when there is no history table (a new file). */
    static List<Applied> applied(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet table = statement.executeQuery(
                     "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'flyway_schema_history'")) {
            if (!table.next() || table.getInt(1) == 0) {
                return null;
            }
        }
        List<Applied> applied = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "SELECT version, script, checksum, success FROM flyway_schema_history ORDER BY installed_rank")) {
            while (rows.next()) {
                int checksum = rows.getInt(3);
                applied.add(new Applied(rows.getString(1), rows.getString(2), rows.wasNull() ? null : checksum,
                        rows.getBoolean(4)));
            }
        }
        return applied;
    }

    private static String version(String script) {
        return script.substring(1, script.indexOf("__"));
    }

    /**
     * The checksum Flyway records for an SQL migration: CRC-32 over the UTF-8 bytes of each line without its line
     * break, a byte-order mark dropped from the first.
     */
    static int checksum(String script) {
        try (InputStream in = SchemaHistory.class.getResourceAsStream("/db/migration/" + script)) {
            if (in == null) {
                throw new IllegalStateException("migration " + script + " is not on the class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            CRC32 crc = new CRC32();
            String line = reader.readLine();
            if (line != null && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            for (; line != null; line = reader.readLine()) {
                crc.update(line.getBytes(StandardCharsets.UTF_8));
            }
            return (int) crc.getValue();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read migration " + script, e);
        }
    }
}
