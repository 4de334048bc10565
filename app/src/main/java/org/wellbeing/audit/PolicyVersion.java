package org.wellbeing.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * The version of a policy: the rule files and the catalogue an evaluation ran on, named by content.
 *
 * <p>Files are keyed by path ({@code rules/compare/england.drl}, {@code catalogue.json}). The version is the
 * lowercase hex SHA-256 over, for each file in path order, two netstrings ({@code <UTF-8 byte length>:<bytes>,}):
 * the path and the lowercase hex SHA-256 of the file's UTF-8 text. Any change to a rule file or the catalogue
 * gives another version; the same files give the same version wherever they are hashed.
 */
public final class PolicyVersion {
    /** The path of the catalogue among a policy's files. */
    public static final String CATALOGUE = "catalogue.json";
    /** The folder rule files sit in among a policy's files. */
    public static final String RULES = "rules/";

    private PolicyVersion() {
    }

    /** The version of these files (path to text). */
    public static String of(Map<String, String> files) {
        Map<String, String> hashes = new TreeMap<>();
        files.forEach((path, text) -> hashes.put(path, contentHash(text)));
        return ofHashes(hashes);
    }

    /** The version from each file's content hash (path to lowercase hex SHA-256). */
    public static String ofHashes(Map<String, String> contentHashes) {
        MessageDigest digest = Hashes.digest();
        for (Map.Entry<String, String> e : new TreeMap<>(contentHashes).entrySet()) {
            netstring(digest, e.getKey());
            netstring(digest, e.getValue());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The key a text is stored under: lowercase hex SHA-256 of its UTF-8 bytes. */
    public static String contentHash(String text) {
        return Hashes.sha256(text);
    }

    private static void netstring(MessageDigest digest, String field) {
        byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
        digest.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
        digest.update(bytes);
        digest.update((byte) ',');
    }
}
