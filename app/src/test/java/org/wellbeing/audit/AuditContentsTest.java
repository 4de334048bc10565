package org.wellbeing.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Contents kept once by hash: deflated from schema version 3, read back as text, and checked on every read. */
class AuditContentsTest {

    @TempDir
    Path dir;

    private static final String TEXT = "{\"observations\":[" + "[\"C1\",\"E06000032\",\"2022/23\",1.5],".repeat(200)
            + "[\"é £ 😀\"]]}";

    @Test
    void aContent_readsBackExactly_andTakesLessThanItsText() {
        Path db = dir.resolve("audit.db");
        try (AuditStore store = AuditStore.open(db)) {
            store.append(Records.record("r1"), Map.of(Hashes.sha256(TEXT), TEXT));
            assertEquals(Optional.of(TEXT), store.content(Hashes.sha256(TEXT)));
            long stored = store.storedContentBytes(Hashes.sha256(TEXT)).orElseThrow();
            long text = TEXT.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            assertTrue(stored < text / 4, "stored " + stored + " bytes for a text of " + text);
            assertEquals(store.stats().contentBytes(), stored);
        }
    }

    @Test
    void aContentStoredAsTextBeforeVersion3_readsAsBefore() throws Exception {
        Path db = dir.resolve("audit.db");
        try (AuditStore store = AuditStore.open(db)) {
            store.append(Records.record("r1"));
        }
        Records.rawSql(db, "INSERT INTO content (hash, content) VALUES ('" + Hashes.sha256(TEXT) + "', '"
                + TEXT.replace("'", "''") + "')");
        try (AuditStore store = AuditStore.open(db)) {
            assertEquals(Optional.of(TEXT), store.content(Hashes.sha256(TEXT)));
        }
    }

    @Test
    void editedDeflatedBytes_orAnEditedText_areRefusedAsEdited() throws Exception {
        Path db = dir.resolve("audit.db");
        String hash = Hashes.sha256(TEXT);
        try (AuditStore store = AuditStore.open(db)) {
            store.append(Records.record("r1"), Map.of(hash, TEXT));
        }
        Records.rawSql(db, "DROP TRIGGER content_no_update",
                "UPDATE content SET deflated = substr(deflated, 1, length(deflated) - 3) WHERE hash = '" + hash + "'");
        try (AuditStore store = AuditStore.open(db)) {
            AuditStoreException cut = assertThrows(AuditStoreException.class, () -> store.content(hash));
            assertTrue(cut.getMessage().contains("edited"), cut.getMessage());
        }
        Records.rawSql(db, "UPDATE content SET deflated = NULL, content = '{\"observations\":[]}' WHERE hash = '" + hash + "'");
        try (AuditStore store = AuditStore.open(db)) {
            AuditStoreException other = assertThrows(AuditStoreException.class, () -> store.content(hash));
            assertTrue(other.getMessage().contains("does not match its hash"), other.getMessage());
        }
    }

    @Test
    void textWrittenBesideDeflatedBytes_isRefusedAsEdited() throws Exception {
        Path db = dir.resolve("audit.db");
        String hash = Hashes.sha256(TEXT);
        try (AuditStore store = AuditStore.open(db)) {
            store.append(Records.record("r1"), Map.of(hash, TEXT));
        }
        Records.rawSql(db, "DROP TRIGGER content_no_update", "UPDATE content SET content = 'x' WHERE hash = '" + hash + "'");
        try (AuditStore store = AuditStore.open(db)) {
            AuditStoreException both = assertThrows(AuditStoreException.class, () -> store.content(hash));
            assertTrue(both.getMessage().contains("both text and deflated bytes"), both.getMessage());
        }
    }
}
