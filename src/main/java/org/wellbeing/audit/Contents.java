package org.wellbeing.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** Texts kept once per distinct content, by SHA-256: evaluation inputs, rule files and catalogues. */
final class Contents {

    private Contents() {
    }

    /** Stores the text under its hash unless it is stored already; the caller's transaction. */
    static void put(Connection c, String hash, String content) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT OR IGNORE INTO content (hash, content) VALUES (?, ?)")) {
            insert.setString(1, hash);
            insert.setString(2, content);
            insert.executeUpdate();
        }
    }

    /** The text stored under a hash, checked against it. */
    static Optional<String> get(Connection c, String hash) throws SQLException {
        try (PreparedStatement query = c.prepareStatement("SELECT content FROM content WHERE hash = ?")) {
            query.setString(1, hash);
            try (ResultSet rows = query.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                String content = rows.getString(1);
                if (!Hashes.sha256(content).equals(hash)) {
                    throw new AuditStoreException("stored content " + hash + " does not match its hash (edited)");
                }
                return Optional.of(content);
            }
        }
    }
}
