package org.wellbeing.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wellbeing.audit.AuditStore;
import org.wellbeing.audit.EvaluationSummary;
import org.wellbeing.io.out.CompactRecord;
import org.wellbeing.io.town.TownDataset;
import org.wellbeing.io.town.TownDatasetReader;
import org.wellbeing.rules.RuleBaseHolder;
import org.wellbeing.testing.BundledRules;
import org.wellbeing.testing.Cli;

/**
 * An audit database written by the code before compact records ({@code audit/main-v1.db.gz}: {@code serve} of
 * main at 85f4723, the bundled data posted, a one-observation JSON body posted and the dashboard's matrix asked
 * for) keeps working: it is migrated in place, its records verify, explain and replay as before, and new compact
 * records are chained after them.
 */
class MainDatabaseTest {

    @Test
    void records_written_before_compact_records_still_verify_explain_and_replay(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("audit.db");
        try (InputStream in = new GZIPInputStream(getClass().getResourceAsStream("/audit/main-v1.db.gz"))) {
            Files.copy(in, db);
        }
        TownDataset data = TownDatasetReader.read(Path.of("data", "luton"));
        List<EvaluationSummary> old;
        try (AuditStore store = AuditStore.open(db)) {
            old = store.recent(10);
            assertEquals(3, old.size());
            assertTrue(store.verify().intact(), store.verify().toString());
            EvaluationService service = new EvaluationService(new RuleBaseHolder(BundledRules.ruleBase()), store,
                    data.indicators());
            for (EvaluationSummary s : old) {
                assertFalse(CompactRecord.isCompact(store.find(s.id()).orElseThrow().record().payloadJson()));
                StoredDocument d = service.get(s.id());
                assertNull(d.document().policyVersion());
                assertTrue(d.firingCount() > 0 && d.factCount() > d.firingCount() / 2);
                TraceView why = service.trace(s.id(), "life-expectancy-male", "england", null);
                assertFalse(why.firings().isEmpty());
                assertEquals(why.firings().get(0).rule(), why.ratings().get(0).rule());
            }
            // a new record goes after them in the same chain, its rule set stored as the service stores it
            store.saveRuleSet(BundledRules.ruleBase().version(), BundledRules.ruleBase().files());
            service.evaluate(new Inputs(data).bundled());
            assertTrue(store.verify().intact(), store.verify().toString());
            assertEquals(4, store.stats().records());
        }
        for (EvaluationSummary s : old) {
            Cli.Run replay = Cli.run("replay", s.id(), "--db", db.toString());
            assertEquals(0, replay.exitCode(), replay.out() + replay.err());
            assertTrue(replay.out().contains("IDENTICAL"), replay.out());
        }
        Cli.Run verify = Cli.run("audit", "verify", "--db", db.toString());
        assertEquals(0, verify.exitCode(), verify.out());
        assertTrue(verify.out().startsWith("OK: 4 records checked"), verify.out());
        Cli.Run stats = Cli.run("audit", "stats", "--db", db.toString());
        assertEquals(0, stats.exitCode(), stats.err());
        assertTrue(stats.out().startsWith("records: 4"), stats.out());
        assertTrue(stats.out().contains("bytes per record: "), stats.out());
    }
}
