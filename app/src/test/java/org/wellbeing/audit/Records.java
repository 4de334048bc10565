package org.wellbeing.audit;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;

/** Test fixtures: sample records and raw JDBC access that bypasses the store, as a tamperer would. */
final class Records {

    static final String RULES_V1 = "a1b2c3d4";
    static final String DIGEST = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    private Records() {
    }

    static EvaluationRecord record(String id) {
        return new EvaluationRecord(id, Instant.parse("2025-06-01T10:15:30.123456Z"), RULES_V1, DIGEST,
                "{\"ratings\":[{\"indicator\":\"90244\",\"outcome\":\"Red\"}],\"trace\":[\"" + id + "\"]}");
    }

    /** Runs SQL statements on the file with a plain connection, outside the store. */
    static void rawSql(Path db, String... statements) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }
}
