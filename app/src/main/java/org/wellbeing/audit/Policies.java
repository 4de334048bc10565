package org.wellbeing.audit;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Policy versions for replay: each file's content stored once by its SHA-256, plus each version's file list. */
final class Policies {

    private final Database db;

    Policies(Database db) {
        this.db = db;
    }

    /** Stores the files under their version (unless stored already) and returns the version. */
    String save(Map<String, String> files) {
        if (files.isEmpty()) {
            throw new IllegalArgumentException("a policy has at least one file");
        }
        Map<String, String> hashes = new TreeMap<>();
        files.forEach((path, text) -> hashes.put(checkPath(path), Hashes.sha256(Checks.text(path, text))));
        String version = PolicyVersion.ofHashes(hashes);
        db.write(c -> {
            try (PreparedStatement exists = c.prepareStatement("SELECT 1 FROM policy WHERE version = ?")) {
                exists.setString(1, version);
                try (ResultSet rows = exists.executeQuery()) {
                    if (rows.next()) {
                        return null; // same version, same files: the version is their hash
                    }
                }
            }
            try (PreparedStatement policy = c.prepareStatement("INSERT INTO policy (version, stored_at) VALUES (?, ?)");
                 PreparedStatement file = c.prepareStatement(
                         "INSERT INTO policy_file (version, path, content_hash) VALUES (?, ?, ?)")) {
                policy.setString(1, version);
                policy.setString(2, Instant.now().toString());
                policy.executeUpdate();
                for (Map.Entry<String, String> e : hashes.entrySet()) {
                    Contents.put(c, e.getValue(), files.get(e.getKey()));
                    file.setString(1, version);
                    file.setString(2, e.getKey());
                    file.setString(3, e.getValue());
                    file.executeUpdate();
                }
            }
            return null;
        });
        return version;
    }

    /** A stored version's files, sorted by path, each checked against its hash and all against the version. */
    Optional<Map<String, String>> load(String version) {
        String v = Checks.hex("policy version", version, 64);
        return db.read(c -> {
            Map<String, String> files = new TreeMap<>();
            Map<String, String> hashes = new TreeMap<>();
            try (PreparedStatement query = c.prepareStatement(
                    "SELECT f.path, f.content_hash FROM policy_file f WHERE f.version = ?")) {
                query.setString(1, v);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        hashes.put(rows.getString(1), rows.getString(2));
                    }
                }
            }
            if (hashes.isEmpty()) {
                return Optional.empty();
            }
            for (Map.Entry<String, String> e : hashes.entrySet()) {
                files.put(e.getKey(), Contents.get(c, e.getValue()).orElseThrow(() -> new AuditStoreException(
                        "policy " + v + ", file " + e.getKey() + ": content " + e.getValue() + " is missing")));
            }
            if (!PolicyVersion.ofHashes(hashes).equals(v)) {
                throw new AuditStoreException("policy " + v + ": its stored files hash to another version (edited)");
            }
            return Optional.of(files);
        });
    }

    /** A relative, '/'-separated path with no empty, '.' or '..' segments. */
    private static String checkPath(String path) {
        Checks.text("policy file path", path);
        boolean bad = path.isEmpty() || path.startsWith("/") || path.contains("\\") || path.contains(":");
        for (String segment : path.split("/", -1)) {
            bad |= segment.isEmpty() || segment.equals(".") || segment.equals("..");
        }
        if (bad) {
            throw new IllegalArgumentException("policy file path must be relative and '/'-separated, got '" + path + "'");
        }
        return path;
    }
}
