package org.wellbeing.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Rule-set versions for replay: each file's content stored once by its SHA-256, plus each version's file list. */
final class RuleSets {

    private final Database db;

    RuleSets(Database db) {
        this.db = db;
    }

    boolean save(String version, Map<String, String> files) {
        String v = Checks.hex("version", version, 0);
        if (files.isEmpty()) {
            throw new IllegalArgumentException("rule set " + v + " has no files");
        }
        Map<String, String> hashes = new TreeMap<>();
        files.forEach((path, content) -> hashes.put(checkPath(path), Hashes.sha256(Checks.text(path, content))));
        return db.write(c -> {
            Optional<Map<String, String>> stored = fileHashes(c, v);
            if (stored.isPresent()) {
                if (!stored.get().equals(hashes)) {
                    throw new AuditStoreException("rule set " + v + " is already stored with different files");
                }
                return false;
            }
            insert(c, v, files, hashes);
            return true;
        });
    }

    Optional<Map<String, String>> load(String version) {
        String v = Checks.hex("version", version, 0);
        return db.read(c -> {
            if (fileHashes(c, v).isEmpty()) {
                return Optional.empty();
            }
            Map<String, String> files = new TreeMap<>();
            try (PreparedStatement query = c.prepareStatement(
                    "SELECT f.path, f.content_hash, r.content FROM rule_set_file f"
                            + " JOIN rule_file_content r ON r.content_hash = f.content_hash WHERE f.version = ?")) {
                query.setString(1, v);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        String path = rows.getString(1);
                        String content = rows.getString(3);
                        if (!Hashes.sha256(content).equals(rows.getString(2))) {
                            throw new AuditStoreException("rule set " + v + ", file " + path
                                    + ": stored content does not match its hash (edited)");
                        }
                        files.put(path, content);
                    }
                }
            }
            return Optional.of(files);
        });
    }

    private static void insert(Connection c, String version, Map<String, String> files, Map<String, String> hashes)
            throws SQLException {
        try (PreparedStatement ruleSet = c.prepareStatement(
                "INSERT INTO rule_set (version, stored_at) VALUES (?, ?)");
             PreparedStatement content = c.prepareStatement(
                     "INSERT OR IGNORE INTO rule_file_content (content_hash, content) VALUES (?, ?)");
             PreparedStatement file = c.prepareStatement(
                     "INSERT INTO rule_set_file (version, path, content_hash) VALUES (?, ?, ?)")) {
            ruleSet.setString(1, version);
            ruleSet.setString(2, Instant.now().toString());
            ruleSet.executeUpdate();
            for (Map.Entry<String, String> entry : files.entrySet()) {
                String path = checkPath(entry.getKey());
                String hash = hashes.get(path);
                content.setString(1, hash);
                content.setString(2, entry.getValue());
                content.executeUpdate();
                file.setString(1, version);
                file.setString(2, path);
                file.setString(3, hash);
                file.executeUpdate();
            }
        }
    }

    /** The version's files as path to content hash, or empty when the version is not stored. */
    private static Optional<Map<String, String>> fileHashes(Connection c, String version) throws SQLException {
        try (PreparedStatement exists = c.prepareStatement("SELECT 1 FROM rule_set WHERE version = ?")) {
            exists.setString(1, version);
            try (ResultSet rows = exists.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
            }
        }
        Map<String, String> hashes = new TreeMap<>();
        try (PreparedStatement query = c.prepareStatement(
                "SELECT path, content_hash FROM rule_set_file WHERE version = ?")) {
            query.setString(1, version);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    hashes.put(rows.getString(1), rows.getString(2));
                }
            }
        }
        return Optional.of(hashes);
    }

    /** A relative, '/'-separated path with no empty, '.' or '..' segments. */
    private static String checkPath(String path) {
        Checks.text("rule file path", path);
        boolean bad = path.isEmpty() || path.startsWith("/") || path.contains("\\") || path.contains(":");
        for (String segment : path.split("/", -1)) {
            bad |= segment.isEmpty() || segment.equals(".") || segment.equals("..");
        }
        if (bad) {
            throw new IllegalArgumentException("rule file path must be relative and '/'-separated, got '" + path + "'");
        }
        return path;
    }
}
