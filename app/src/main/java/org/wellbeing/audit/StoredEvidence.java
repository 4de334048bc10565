package org.wellbeing.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

/** Reads what signed verification checks beyond the chain walk: the hash at each sequence and the stored rule sets. */
final class StoredEvidence {
    private StoredEvidence() {
    }

    static SortedMap<Long, String> hashes(Connection c) throws SQLException {
        SortedMap<Long, String> hashes = new TreeMap<>();
        try (PreparedStatement query = c.prepareStatement("SELECT seq, hash FROM evaluation ORDER BY seq");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                hashes.put(rows.getLong(1), rows.getString(2));
            }
        }
        return hashes;
    }

    static List<ChainProblem> ruleSetProblems(Connection c, Function<Map<String, String>, String> versionOf)
            throws SQLException {
        Map<String, Long> firstUse = new HashMap<>();
        try (PreparedStatement query = c.prepareStatement(
                "SELECT rule_set_version, MIN(seq) FROM evaluation GROUP BY rule_set_version");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                firstUse.put(rows.getString(1), rows.getLong(2));
            }
        }
        Map<String, Map<String, String>> sets = new TreeMap<>();
        List<ChainProblem> problems = new ArrayList<>();
        try (PreparedStatement query = c.prepareStatement("SELECT r.version, f.path, f.content_hash, c.content"
                + " FROM rule_set r LEFT JOIN rule_set_file f ON f.version = r.version"
                + " LEFT JOIN rule_file_content c ON c.content_hash = f.content_hash ORDER BY r.version, f.path");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                String version = rows.getString(1);
                Map<String, String> files = sets.computeIfAbsent(version, v -> new TreeMap<>());
                String path = rows.getString(2);
                if (path == null) {
                    continue;
                }
                String content = rows.getString(4);
                if (content == null) {
                    problems.add(problem(firstUse, version, "rule set " + version + ", file " + path + ": content missing"));
                } else if (!Hashes.sha256(content).equals(rows.getString(3))) {
                    problems.add(problem(firstUse, version, "rule set " + version + ", file " + path
                            + ": content does not match its stored hash (file edited)"));
                }
                files.put(path, content == null ? "" : content);
            }
        }
        sets.forEach((version, files) -> {
            String computed = versionOf.apply(files);
            if (!computed.equals(version)) {
                problems.add(problem(firstUse, version, "rule set " + version + ": its " + files.size()
                        + " stored file(s) hash to " + computed));
            }
        });
        firstUse.forEach((version, sequence) -> {
            if (!sets.containsKey(version)) {
                problems.add(new ChainProblem(sequence, null, ChainProblem.Kind.RULE_SET_MISSING,
                        "rule set " + version + " (first used at sequence " + sequence + ") is not in the store"));
            }
        });
        return problems;
    }

    private static ChainProblem problem(Map<String, Long> firstUse, String version, String detail) {
        return new ChainProblem(firstUse.getOrDefault(version, 0L), null, ChainProblem.Kind.RULE_SET_ALTERED, detail);
    }
}
