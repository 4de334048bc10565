package org.wellbeing.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Walks the evaluation chain in sequence order and recomputes every hash and link. */
final class ChainVerifier {

    private ChainVerifier() {
    }

    /** Verifies the chain; when {@code expectedHead} is not null, also that a record with that hash is still stored. */
    static VerificationReport verify(Connection c, String expectedHead) throws SQLException {
        List<ChainProblem> problems = new ArrayList<>();
        long checked = 0;
        long expectedSequence = 1;
        String previousHash = Hashes.GENESIS;
        ChainHead head = ChainHead.empty();
        boolean expectedHeadSeen = expectedHead == null || expectedHead.equals(Hashes.GENESIS);
        try (PreparedStatement query = c.prepareStatement(
                "SELECT seq, id, created_at, rule_set_version, input_digest, payload_json, prev_hash, hash"
                        + " FROM evaluation ORDER BY seq");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                long sequence = rows.getLong(1);
                String id = rows.getString(2);
                String storedPrevious = rows.getString(7);
                String storedHash = rows.getString(8);
                checked++;
                if (sequence != expectedSequence) {
                    problems.add(new ChainProblem(sequence, id, ChainProblem.Kind.SEQUENCE_GAP,
                            "expected sequence " + expectedSequence + ", found " + sequence));
                }
                String computed = ChainHash.of(sequence, id, rows.getString(3), rows.getString(4),
                        rows.getString(5), rows.getString(6), storedPrevious);
                if (!computed.equals(storedHash)) {
                    problems.add(new ChainProblem(sequence, id, ChainProblem.Kind.EDITED,
                            "stored " + storedHash + ", recomputed " + computed));
                }
                if (!previousHash.equals(storedPrevious)) {
                    problems.add(new ChainProblem(sequence, id, ChainProblem.Kind.LINK_BROKEN,
                            "previous hash stored " + storedPrevious + ", record before has " + previousHash));
                }
                if (!expectedHeadSeen && storedHash.equals(expectedHead)) {
                    expectedHeadSeen = true;
                }
                previousHash = storedHash;
                expectedSequence = sequence + 1;
                head = new ChainHead(sequence, storedHash);
            }
        }
        if (!expectedHeadSeen) {
            problems.add(new ChainProblem(head.sequence(), null, ChainProblem.Kind.HEAD_MISSING,
                    "noted " + expectedHead + ", current head is sequence " + head.sequence() + " " + head.hash()));
        }
        return new VerificationReport(checked, head, problems);
    }
}
