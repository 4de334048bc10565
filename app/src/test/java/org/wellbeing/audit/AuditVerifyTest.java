package org.wellbeing.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditVerifyTest {

    @TempDir
    Path dir;

    Path file;
    ChainHead notedHead;

    @BeforeEach
    void storeFiveRecords() {
        file = dir.resolve("audit.db");
        try (AuditStore store = AuditStore.open(file)) {
            for (int i = 1; i <= 5; i++) {
                store.append(Records.record("ev-" + i));
            }
            notedHead = store.head();
        }
    }

    @Test
    void untouchedStore_verifies() {
        VerificationReport report = verify();

        assertTrue(report.intact(), report.toString());
        assertEquals(5, report.recordsChecked());
        assertEquals(notedHead, report.head());
        assertTrue(report.toString().startsWith("OK: 5 records checked"), report.toString());
    }

    @Test
    void emptyStore_verifies() {
        try (AuditStore store = AuditStore.open(dir.resolve("empty.db"))) {
            assertTrue(store.verify().intact());
            assertTrue(store.verify(ChainHead.empty().hash()).intact());
        }
    }

    @Test
    void rawUpdate_isStoppedByTheAppendOnlyTrigger() {
        SQLException e = assertThrows(SQLException.class, () -> Records.rawSql(file,
                "UPDATE evaluation SET payload_json = '{}' WHERE id = 'ev-3'"));

        assertTrue(e.getMessage().contains("append-only"), e.getMessage());
        assertTrue(verify().intact());
    }

    @Test
    void editedPayload_failsVerificationNamingTheRecord() throws Exception {
        // Given a tamperer who drops the trigger and edits one payload with plain JDBC
        Records.rawSql(file, "DROP TRIGGER evaluation_no_update",
                "UPDATE evaluation SET payload_json = replace(payload_json, 'Red', 'Green') WHERE id = 'ev-3'");

        // When the chain is verified
        VerificationReport report = verify();

        // Then exactly that record is reported as edited
        assertFalse(report.intact());
        assertEquals(List.of(ChainProblem.Kind.EDITED), kinds(report));
        ChainProblem problem = report.problems().get(0);
        assertEquals(3, problem.sequence());
        assertEquals("ev-3", problem.id());
        assertTrue(report.toString().contains("sequence 3 (id ev-3): hash does not match contents (record edited)"),
                report.toString());
    }

    @Test
    void deletedMiddleRecord_failsVerification() throws Exception {
        Records.rawSql(file, "DROP TRIGGER evaluation_no_delete", "DELETE FROM evaluation WHERE id = 'ev-3'");

        VerificationReport report = verify();

        assertFalse(report.intact());
        assertEquals(List.of(ChainProblem.Kind.SEQUENCE_GAP, ChainProblem.Kind.LINK_BROKEN), kinds(report));
        assertTrue(report.problems().stream().allMatch(p -> p.sequence() == 4 && p.id().equals("ev-4")));
        assertEquals(4, report.recordsChecked());
    }

    @Test
    void deletedFirstRecord_failsVerification() throws Exception {
        Records.rawSql(file, "DROP TRIGGER evaluation_no_delete", "DELETE FROM evaluation WHERE seq = 1");

        assertEquals(List.of(ChainProblem.Kind.SEQUENCE_GAP, ChainProblem.Kind.LINK_BROKEN), kinds(verify()));
    }

    @Test
    void swappedRecords_failVerification() throws Exception {
        Records.rawSql(file, "DROP TRIGGER evaluation_no_update",
                "UPDATE evaluation SET seq = 100 WHERE seq = 2",
                "UPDATE evaluation SET seq = 2 WHERE seq = 3",
                "UPDATE evaluation SET seq = 3 WHERE seq = 100");

        VerificationReport report = verify();

        assertFalse(report.intact());
        assertTrue(kinds(report).contains(ChainProblem.Kind.EDITED));
        assertTrue(kinds(report).contains(ChainProblem.Kind.LINK_BROKEN));
    }

    @Test
    void deletedLastRecord_isDetectedOnlyAgainstTheNotedHead() throws Exception {
        Records.rawSql(file, "DROP TRIGGER evaluation_no_delete", "DELETE FROM evaluation WHERE seq = 5");

        // The shorter chain is internally consistent...
        assertTrue(verify().intact());

        // ...but the head hash noted before no longer exists in it
        VerificationReport report = verify(notedHead.hash());
        assertFalse(report.intact());
        assertEquals(List.of(ChainProblem.Kind.HEAD_MISSING), kinds(report));
        assertTrue(report.toString().contains("noted head hash not found"), report.toString());
    }

    @Test
    void recordsAppendedAfterTheNotedHead_stillVerifyAgainstIt() {
        try (AuditStore store = AuditStore.open(file)) {
            store.append(Records.record("ev-6"));

            VerificationReport report = store.verify(notedHead.hash().toUpperCase());

            assertTrue(report.intact(), report.toString());
            assertEquals(6, report.head().sequence());
        }
    }

    @Test
    void chainRewrittenWithFreshHashes_isDetectedOnlyAgainstTheNotedHead() throws Exception {
        // Given a tamperer who edits record 3 and recomputes every hash from there on
        Records.rawSql(file, "DROP TRIGGER evaluation_no_update",
                "UPDATE evaluation SET payload_json = '{\"ratings\":[]}' WHERE seq = 3");
        rehashFrom(3);

        assertTrue(verify().intact(), "a consistent rewrite passes the internal check");
        assertEquals(List.of(ChainProblem.Kind.HEAD_MISSING), kinds(verify(notedHead.hash())));
    }

    @Test
    void malformedNotedHead_isRefused() {
        try (AuditStore store = AuditStore.open(file)) {
            assertThrows(IllegalArgumentException.class, () -> store.verify("abc"));
        }
    }

    private VerificationReport verify() {
        try (AuditStore store = AuditStore.open(file)) {
            return store.verify();
        }
    }

    private VerificationReport verify(String expectedHead) {
        try (AuditStore store = AuditStore.open(file)) {
            return store.verify(expectedHead);
        }
    }

    private static List<ChainProblem.Kind> kinds(VerificationReport report) {
        return report.problems().stream().map(ChainProblem::kind).toList();
    }

    /** Recomputes hashes and links from a sequence on, as someone who knows the format could. */
    private void rehashFrom(long from) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             PreparedStatement read = c.prepareStatement("SELECT seq, id, created_at, rule_set_version,"
                     + " input_digest, payload_json, prev_hash FROM evaluation WHERE seq >= ? ORDER BY seq");
             PreparedStatement write = c.prepareStatement(
                     "UPDATE evaluation SET prev_hash = ?, hash = ? WHERE seq = ?")) {
            read.setLong(1, from);
            String previous = null;
            try (ResultSet rows = read.executeQuery()) {
                while (rows.next()) {
                    previous = previous == null ? rows.getString(7) : previous;
                    String hash = ChainHash.of(rows.getLong(1), rows.getString(2), rows.getString(3),
                            rows.getString(4), rows.getString(5), rows.getString(6), previous);
                    write.setString(1, previous);
                    write.setString(2, hash);
                    write.setLong(3, rows.getLong(1));
                    write.executeUpdate();
                    previous = hash;
                }
            }
        }
    }
}
