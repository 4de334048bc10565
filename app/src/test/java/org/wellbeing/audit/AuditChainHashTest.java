package org.wellbeing.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/** Pins the canonical encoding, so a hash stored today can be recomputed by an auditor's own tool later. */
class AuditChainHashTest {

    @Test
    void knownRecord_hashesToThePublishedValue() {
        // Independently: python3 -c "import hashlib; f=[...]; hashlib.sha256(b''.join(
        //   str(len(x.encode())).encode()+b':'+x.encode()+b',' for x in f)).hexdigest()"
        String hash = ChainHash.of(1, "ev-1", "2025-01-02T03:04:05Z", "abc123", Records.DIGEST,
                "{\"rating\":\"Red\",\"note\":\"£ é\"}", Hashes.GENESIS);

        assertEquals("37b0f3e6d58ab76d2941a24dfd1537028d0f89c4d27e64ae948a6279ba5a210a", hash);
    }

    @Test
    void fieldBoundaries_cannotBeShifted() {
        String a = ChainHash.of(1, "ab", "c", "ff", Records.DIGEST, "{}", Hashes.GENESIS);
        String b = ChainHash.of(1, "a", "bc", "ff", Records.DIGEST, "{}", Hashes.GENESIS);

        assertNotEquals(a, b);
    }
}
