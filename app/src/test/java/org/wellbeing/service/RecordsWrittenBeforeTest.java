package org.wellbeing.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wellbeing.testing.Cli;

/**
 * Records written by an earlier build still replay IDENTICAL, trace digest included: the digest is made from the
 * facts' text, so a change in how that text is made (or in a fact's fields) that would orphan every stored record
 * shows here. The fixture is an audit store written on 2026-12-08 (schema V3, compact records of the bundled data)
 * by the build before the trace's text was made without String.format.
 */
class RecordsWrittenBeforeTest {
    private static final Path FIXTURE = Path.of("app/src/test/resources/audit/written-before-2026-12-08.db");

    @Test
    void replay_is_identical_and_the_chain_verifies(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("audit.db");
        Files.copy(Files.isRegularFile(FIXTURE) ? FIXTURE : Path.of("src/test/resources/audit/written-before-2026-12-08.db"), db);
        List<String> ids = new ArrayList<>();
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + db);
             ResultSet rs = c.createStatement().executeQuery("SELECT id FROM evaluation ORDER BY seq")) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        assertEquals(11, ids.size());

        Cli.Run replay = Cli.run("replay", ids.get(ids.size() - 1), "--db", db.toString());
        assertEquals(0, replay.exitCode(), replay.out() + replay.err());
        assertTrue(replay.out().contains("IDENTICAL: every result is the same"), replay.out());
        Cli.Run verify = Cli.run("audit", "verify", "--db", db.toString());
        assertEquals(0, verify.exitCode(), verify.out() + verify.err());
    }
}
