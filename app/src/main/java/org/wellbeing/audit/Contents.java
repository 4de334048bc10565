package org.wellbeing.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Texts kept once per distinct content, by SHA-256: evaluation inputs, rule files and catalogues. Written
 * deflated ({@link Deflated}, schema version 3); contents stored before are read as they were, as text.
 */
final class Contents {

    private Contents() {
    }

    /** Stores the text under its hash unless it is stored already; the caller's transaction. */
    static void put(Connection c, String hash, String content) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT OR IGNORE INTO content (hash, content, deflated) VALUES (?, '', ?)")) {
            insert.setString(1, hash);
            insert.setBytes(2, Deflated.of(content));
            insert.executeUpdate();
        }
    }

    /** The text stored under a hash, checked against it. */
    static Optional<String> get(Connection c, String hash) throws SQLException {
        try (PreparedStatement query = c.prepareStatement("SELECT content, deflated FROM content WHERE hash = ?")) {
            query.setString(1, hash);
            try (ResultSet rows = query.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                byte[] deflated = rows.getBytes(2);
                String text = rows.getString(1);
                if (deflated != null && !text.isEmpty()) {
                    throw new AuditStoreException("stored content " + hash + " has both text and deflated bytes (edited)");
                }
                String content = deflated == null ? text : Deflated.text(deflated);
                if (!Hashes.sha256(content).equals(hash)) {
                    throw new AuditStoreException("stored content " + hash + " does not match its hash (edited)");
                }
                return Optional.of(content);
            }
        }
    }

    /** The bytes a stored content takes: its hash, and its text or deflated bytes. */
    static OptionalLong storedBytes(Connection c, String hash) throws SQLException {
        try (PreparedStatement query = c.prepareStatement("SELECT length(CAST(hash AS BLOB)) + length(CAST(content AS BLOB))"
                + " + coalesce(length(deflated), 0) FROM content WHERE hash = ?")) {
            query.setString(1, hash);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? OptionalLong.of(rows.getLong(1)) : OptionalLong.empty();
            }
        }
    }
}
