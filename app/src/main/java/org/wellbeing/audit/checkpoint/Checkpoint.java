package org.wellbeing.audit.checkpoint;

import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.time.Instant;
import java.util.Base64;

/**
 * A signed statement that the audit chain had this head at this time, as Certificate Transparency's signed
 * tree heads: whoever holds one can later prove that the record at {@code sequence} had {@code headHash},
 * so a deleted tail, a rewritten chain or a record appended without the key is caught.
 *
 * <p>The signed bytes are the UTF-8 text {@code wellbeing-audit-checkpoint/1\nsequence N\nhead HASH\ntime
 * INSTANT\n}; the signature is Ed25519, base64. In the checkpoint log each checkpoint is one line:
 * {@code N HASH INSTANT SIGNATURE}.
 *
 * @param sequence  the chain head's sequence (its record count)
 * @param headHash  the hash of the record at {@code sequence}
 * @param time      when it was signed
 * @param signature base64 Ed25519 signature over {@link #signedText()}
 */
public record Checkpoint(long sequence, String headHash, Instant time, String signature) {

    /** The exact text the signature is over. */
    public String signedText() {
        return "wellbeing-audit-checkpoint/1\nsequence " + sequence + "\nhead " + headHash + "\ntime " + time + "\n";
    }

    static Checkpoint sign(SigningKey key, long sequence, String headHash, Instant time) {
        Checkpoint unsigned = new Checkpoint(sequence, headHash, time, "");
        byte[] signature = key.sign(unsigned.signedText().getBytes(StandardCharsets.UTF_8));
        return new Checkpoint(sequence, headHash, time, Base64.getEncoder().encodeToString(signature));
    }

    /** True when the signature is the given key's over this checkpoint's fields. */
    public boolean signedBy(PublicKey key) {
        byte[] sig;
        try {
            sig = Base64.getDecoder().decode(signature);
        } catch (IllegalArgumentException e) {
            return false;
        }
        return SigningKey.verify(key, signedText().getBytes(StandardCharsets.UTF_8), sig);
    }

    /** The checkpoint log line (no line break). */
    public String toLine() {
        return sequence + " " + headHash + " " + time + " " + signature;
    }

    /** The checkpoint as an HTTP header value: the log line. */
    public String toHeader() {
        return toLine();
    }

    /** Reads one log line; fails with what is malformed. */
    static Checkpoint parse(String line) {
        String[] parts = line.strip().split(" ");
        if (parts.length != 4) {
            throw new IllegalArgumentException("expected 'SEQUENCE HASH TIME SIGNATURE', got " + parts.length + " field(s)");
        }
        try {
            long sequence = Long.parseLong(parts[0]);
            if (sequence < 0 || !parts[1].matches("[0-9a-f]{64}")) {
                throw new IllegalArgumentException("bad sequence or head hash");
            }
            return new Checkpoint(sequence, parts[1], Instant.parse(parts[2]), parts[3]);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("malformed checkpoint: " + e.getMessage(), e);
        }
    }
}
