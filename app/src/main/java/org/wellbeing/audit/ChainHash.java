package org.wellbeing.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * The hash of one chained record, over a canonical encoding that an auditor can recompute
 * with any SHA-256 tool.
 *
 * <p>Fields, in this order: sequence (decimal, no sign or leading zeros), id, createdAt
 * (exactly as stored: {@code Instant.toString()}), ruleSetVersion, inputDigest, payloadJson
 * (exactly as given), previousHash (lowercase hex). Each field is written as its UTF-8 byte
 * length in decimal ASCII, a colon, the UTF-8 bytes, and a comma (a netstring), so no two
 * different tuples encode to the same bytes. The hash is the lowercase hex SHA-256 of the
 * concatenation. Example: sequence 1 starts {@code 1:1,}.
 */
final class ChainHash {

    private ChainHash() {
    }

    static String of(long sequence, String id, String createdAt, String ruleSetVersion, String inputDigest,
                     String payloadJson, String previousHash) {
        MessageDigest digest = Hashes.digest();
        for (String field : new String[] {Long.toString(sequence), id, createdAt, ruleSetVersion, inputDigest,
                payloadJson, previousHash}) {
            byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
            digest.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
            digest.update(bytes);
            digest.update((byte) ',');
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
