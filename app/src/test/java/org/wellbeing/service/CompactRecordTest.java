package org.wellbeing.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wellbeing.audit.AuditStore;
import org.wellbeing.io.out.CompactRecord;
import org.wellbeing.io.out.EvaluationDocument;
import org.wellbeing.io.out.FactEntry;
import org.wellbeing.io.Json;
import org.wellbeing.io.out.RatingRow;
import org.wellbeing.io.town.TownDataset;
import org.wellbeing.io.town.TownDatasetReader;
import org.wellbeing.rules.RuleBaseHolder;
import org.wellbeing.testing.BundledRules;

/**
 * A compact record keeps the results and a digest of the trace, not the trace: the trace is rebuilt by replay
 * and must explain every rating as the full trace stored before did.
 */
class CompactRecordTest {

    @Test
    void every_rating_and_trend_of_the_bundled_data_has_the_same_chain_rebuilt_as_kept_in_full(@TempDir Path dir)
            throws Exception {
        TownDataset data = TownDatasetReader.read(Path.of("data", "luton"));
        try (AuditStore store = AuditStore.open(dir.resolve("audit.db"))) {
            // Given the bundled data evaluated and stored as a compact record
            EvaluationService service = new EvaluationService(new RuleBaseHolder(BundledRules.ruleBase()), store,
                    data.indicators());
            EvaluationService.Evaluated evaluated = service.evaluateKeeping(new Inputs(data).bundled());
            String id = evaluated.stored().document().id();
            assertTrue(CompactRecord.isCompact(store.find(id).orElseThrow().record().payloadJson()));
            // and the full document the store used to keep (every fact and the trace), written and read back as JSON
            EvaluationDocument full = EvaluationDocument.fromJson(evaluated.stored().withTrace().toJson());

            // When the evaluation is read back from the store (a new service: nothing kept in memory)
            EvaluationService reading = new EvaluationService(new RuleBaseHolder(BundledRules.ruleBase()), store,
                    data.indicators());
            StoredDocument read = reading.get(id);

            // Then the rebuilt document is the full one, fact by fact and firing by firing
            EvaluationDocument rebuilt = read.withTrace();
            sameJson(full.facts(), rebuilt.facts(), "facts");
            sameJson(full.trace(), rebuilt.trace(), "trace");
            sameJson(full.ratings(), rebuilt.ratings(), "ratings");
            sameJson(full.ratings(), read.document().ratings(), "ratings answered");
            assertEquals(evaluated.stored().document().policyVersion(), read.document().policyVersion());
            // and every rating, trend and indicator is explained by the same chain and thresholds
            int compared = 0;
            for (RatingRow r : full.ratings()) {
                sameJson(service.trace(full, r.indicatorId(), r.comparator(), r.period()),
                        reading.trace(id, r.indicatorId(), r.comparator(), r.period()), r.toString());
                compared++;
            }
            Set<String> trends = new TreeSet<>();
            for (FactEntry f : full.facts()) {
                if (f.type().equals("Trend")) {
                    trends.add(f.indicatorId() + "\t" + f.fact().path("period").asText());
                }
            }
            for (String t : trends) {
                String[] at = t.split("\t");
                sameJson(service.trace(full, at[0], "trend", at[1]), reading.trace(id, at[0], "trend", at[1]), t);
            }
            for (String indicator : full.ratings().stream().map(RatingRow::indicatorId).distinct().toList()) {
                sameJson(service.trace(full, indicator), reading.trace(id, indicator), indicator);
            }
            assertEquals(full.ratings().size(), compared);
            assertTrue(compared >= 4 * 75 && trends.size() >= 75, compared + " ratings, " + trends.size() + " trends");
        }
    }

    /** The same answer as the API writes it (a number read back from JSON and the same number in memory are equal). */
    private static void sameJson(Object expected, Object actual, String what) throws Exception {
        String e = Json.MAPPER.writeValueAsString(expected);
        String a = Json.MAPPER.writeValueAsString(actual);
        if (!e.equals(a)) {
            int at = 0;
            while (at < Math.min(e.length(), a.length()) && e.charAt(at) == a.charAt(at)) at++;
            fail(what + " differs at character " + at + ": expected ..." + e.substring(Math.max(0, at - 80),
                    Math.min(e.length(), at + 80)) + "... but was ..." + a.substring(Math.max(0, at - 80),
                    Math.min(a.length(), at + 80)));
        }
    }

    @Test
    void a_record_whose_trace_digest_was_edited_is_not_shown(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("audit.db");
        TownDataset data = TownDatasetReader.read(Path.of("data", "luton"));
        String id;
        try (AuditStore store = AuditStore.open(db)) {
            id = new EvaluationService(new RuleBaseHolder(BundledRules.ruleBase()), store, data.indicators())
                    .evaluate(new Inputs(data).bundled()).document().id();
        }
        // When someone rewrites the stored digest (dropping the guard triggers first)
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + db); var s = c.createStatement()) {
            s.executeUpdate("DROP TRIGGER evaluation_no_update");
            s.executeUpdate("UPDATE evaluation SET payload_json = replace(payload_json, '\"traceDigest\":\"',"
                    + " '\"traceDigest\":\"0') WHERE id = '" + id + "'");
        }
        try (AuditStore store = AuditStore.open(db)) {
            EvaluationService service = new EvaluationService(new RuleBaseHolder(BundledRules.ruleBase()), store,
                    data.indicators());
            // Then the chain says the record was edited, and its rebuilt trace is refused, naming the record
            assertTrue(store.verify().problems().stream().anyMatch(p -> p.id().equals(id)));
            IllegalStateException refused = assertThrows(IllegalStateException.class, () -> service.get(id));
            assertTrue(refused.getMessage().contains(id) && refused.getMessage().contains("digest"),
                    refused.getMessage());
        }
    }

    @Test
    void inputs_are_stored_once_however_often_they_are_evaluated(@TempDir Path dir) throws Exception {
        TownDataset data = TownDatasetReader.read(Path.of("data", "luton"));
        try (AuditStore store = AuditStore.open(dir.resolve("audit.db"))) {
            EvaluationService service = new EvaluationService(new RuleBaseHolder(BundledRules.ruleBase()), store,
                    data.indicators());
            List<StoredDocument> stored = new ArrayList<>();
            stored.add(service.evaluate(new Inputs(data).bundled()));
            long contentAfterOne = store.stats().contentBytes();
            stored.add(service.evaluate(new Inputs(data).bundled()));
            assertEquals(2, store.stats().records());
            assertEquals(contentAfterOne, store.stats().contentBytes());
            assertEquals(stored.get(0).document().policyVersion(), stored.get(1).document().policyVersion());
        }
    }
}
