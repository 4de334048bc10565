package org.wellbeing.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditEvaluationsTest {

    @TempDir
    Path dir;

    @Test
    void appendedRecord_readsBackUnchanged() {
        try (AuditStore store = AuditStore.open(dir.resolve("audit.db"))) {
            // Given a record with non-ASCII text and nanosecond time
            EvaluationRecord record = new EvaluationRecord(UUID.randomUUID().toString(),
                    Instant.parse("2025-06-01T10:15:30.123456789Z"), "ABCDEF01", Records.DIGEST.toUpperCase(),
                    "{\"reason\":\"Worse than England: £ é 😀\",\"n\":[1,2.50,3e2]}");

            // When it is appended
            StoredEvaluation stored = store.append(record);

            // Then it reads back exactly, hex lower-cased, first in the chain
            assertEquals(1, stored.sequence());
            assertEquals(Hashes.GENESIS, stored.previousHash());
            assertEquals("abcdef01", stored.record().ruleSetVersion());
            assertEquals(stored, store.find(record.id()).orElseThrow());
            assertEquals(record.payloadJson(), store.find(record.id()).orElseThrow().record().payloadJson());
            assertEquals(new ChainHead(1, stored.hash()), store.head());
        }
    }

    @Test
    void records_persistAfterCloseAndReopen() {
        Path file = dir.resolve("audit.db");
        List<StoredEvaluation> stored = new ArrayList<>();
        try (AuditStore store = AuditStore.open(file)) {
            for (int i = 1; i <= 3; i++) {
                stored.add(store.append(Records.record("ev-" + i)));
            }
        }

        try (AuditStore store = AuditStore.open(file)) {
            for (StoredEvaluation s : stored) {
                assertEquals(s, store.find(s.record().id()).orElseThrow());
            }
            assertEquals(new ChainHead(3, stored.get(2).hash()), store.head());
            assertTrue(store.verify().intact());
        }
    }

    @Test
    void eachRecord_chainsToTheOneBefore() {
        try (AuditStore store = AuditStore.open(dir.resolve("audit.db"))) {
            StoredEvaluation first = store.append(Records.record("ev-1"));
            StoredEvaluation second = store.append(Records.record("ev-2"));

            assertEquals(2, second.sequence());
            assertEquals(first.hash(), second.previousHash());
        }
    }

    @Test
    void recent_listsNewestFirstUpToTheLimit() {
        try (AuditStore store = AuditStore.open(dir.resolve("audit.db"))) {
            for (int i = 1; i <= 5; i++) {
                store.append(Records.record("ev-" + i));
            }

            List<EvaluationSummary> recent = store.recent(2);

            assertEquals(List.of("ev-5", "ev-4"), recent.stream().map(EvaluationSummary::id).toList());
            assertEquals(new EvaluationSummary(5, "ev-5", Records.record("ev-5").createdAt(), Records.RULES_V1),
                    recent.get(0));
            assertThrows(IllegalArgumentException.class, () -> store.recent(0));
        }
    }

    @Test
    void unknownId_findsNothing() {
        try (AuditStore store = AuditStore.open(dir.resolve("audit.db"))) {
            assertTrue(store.find("no-such-id").isEmpty());
        }
    }

    @Test
    void retriedAppendOfTheSameRecord_isAcknowledgedOnce() {
        try (AuditStore store = AuditStore.open(dir.resolve("audit.db"))) {
            StoredEvaluation first = store.append(Records.record("ev-1"));

            StoredEvaluation again = store.append(Records.record("ev-1"));

            assertEquals(first, again);
            assertEquals(1, store.head().sequence());
        }
    }

    @Test
    void aDifferentRecordUnderAStoredId_isRefused() {
        try (AuditStore store = AuditStore.open(dir.resolve("audit.db"))) {
            store.append(Records.record("ev-1"));
            EvaluationRecord other = new EvaluationRecord("ev-1", Instant.now(), "ff", Records.DIGEST, "{}");

            AuditStoreException e = assertThrows(AuditStoreException.class, () -> store.append(other));

            assertTrue(e.getMessage().contains("ev-1"), e.getMessage());
            assertEquals(1, store.head().sequence());
        }
    }

    @Test
    void payloadThatIsNotJson_isRefusedBeforeStoring() {
        try (AuditStore store = AuditStore.open(dir.resolve("audit.db"))) {
            for (String bad : List.of("", "{", "{\"a\":1} trailing", "not json")) {
                EvaluationRecord record = new EvaluationRecord("ev", Instant.now(), "ff", Records.DIGEST, bad);
                assertThrows(IllegalArgumentException.class, () -> store.append(record), bad);
            }
            assertEquals(0, store.head().sequence());
        }
    }

    @Test
    void payloadWithALoneSurrogate_isRefusedByTheRecord() {
        Instant now = Instant.now();
        // a lone surrogate has no UTF-8 form, so it could not be stored as given; a pair (an emoji) can
        for (String bad : List.of("{\"a\":\"\uD83D\"}", "{\"a\":\"x\uDE00\"}", "{\"a\":\"\uDE00\uD83D\"}")) {
            assertThrows(IllegalArgumentException.class, () -> new EvaluationRecord("ev", now, "ff", Records.DIGEST, bad));
        }
        assertEquals("{\"a\":\"\uD83D\uDE00\"}",
                new EvaluationRecord("ev", now, "ff", Records.DIGEST, "{\"a\":\"\uD83D\uDE00\"}").payloadJson());
    }

    @Test
    void badHexFields_areRefusedByTheRecord() {
        Instant now = Instant.now();
        assertThrows(IllegalArgumentException.class,
                () -> new EvaluationRecord("ev", now, "not-hex", Records.DIGEST, "{}"));
        assertThrows(IllegalArgumentException.class,
                () -> new EvaluationRecord("ev", now, "ff", "abc", "{}"));
        assertThrows(IllegalArgumentException.class,
                () -> new EvaluationRecord(" ", now, "ff", Records.DIGEST, "{}"));
    }

    @Test
    void concurrentAppendsFrom8Threads_produceAnUnbrokenChain() throws Exception {
        int threads = 8;
        int perThread = 50;
        try (AuditStore store = AuditStore.open(dir.resolve("audit.db"))) {
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<StoredEvaluation>>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                Callable<List<StoredEvaluation>> task = () -> {
                    start.await();
                    List<StoredEvaluation> mine = new ArrayList<>();
                    for (int i = 0; i < perThread; i++) {
                        mine.add(store.append(Records.record("t" + thread + "-" + i)));
                    }
                    return mine;
                };
                futures.add(pool.submit(task));
            }
            start.countDown();
            // a reader verifying while the writers run always sees a consistent chain
            List<VerificationReport> seenWhileWriting = new ArrayList<>();
            while (!futures.stream().allMatch(Future::isDone)) {
                seenWhileWriting.add(store.verify());
            }
            Set<Long> sequences = new HashSet<>();
            for (Future<List<StoredEvaluation>> f : futures) {
                f.get().forEach(s -> sequences.add(s.sequence()));
            }
            pool.shutdown();

            assertTrue(seenWhileWriting.stream().allMatch(VerificationReport::intact), seenWhileWriting.toString());

            assertEquals(threads * perThread, sequences.size(), "every append got its own sequence");
            VerificationReport report = store.verify();
            assertTrue(report.intact(), report.toString());
            assertEquals(threads * perThread, report.recordsChecked());
            assertEquals(threads * perThread, report.head().sequence());
        }
    }

    @Test
    void aRefusedRecordAmongConcurrentAppends_failsAloneAndTheOthersAreStored() throws Exception {
        try (AuditStore store = AuditStore.open(dir.resolve("audit.db"))) {
            // Given a stored record, and 16 threads appending at once, one of them a different record under its id
            store.append(Records.record("taken"));
            EvaluationRecord clash = new EvaluationRecord("taken", Instant.parse("2025-06-01T10:15:30Z"),
                    Records.RULES_V1, Records.DIGEST, "{\"other\":true}");
            ExecutorService pool = Executors.newFixedThreadPool(16);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<StoredEvaluation>> futures = new ArrayList<>();
            for (int t = 0; t < 16; t++) {
                EvaluationRecord record = t == 7 ? clash : Records.record("batch-" + t);
                futures.add(pool.submit(() -> {
                    start.await();
                    return store.append(record);
                }));
            }

            // When they are committed together
            start.countDown();
            pool.shutdown();

            // Then only the clashing append fails; the 15 others are stored in one unbroken chain
            for (int t = 0; t < 16; t++) {
                Future<StoredEvaluation> f = futures.get(t);
                if (t == 7) {
                    var thrown = assertThrows(java.util.concurrent.ExecutionException.class, f::get);
                    assertTrue(thrown.getCause() instanceof AuditStoreException, thrown.toString());
                } else {
                    assertEquals("batch-" + t, f.get().record().id());
                }
            }
            VerificationReport report = store.verify();
            assertTrue(report.intact(), report.toString());
            assertEquals(16, report.recordsChecked());
        }
    }

    @Test
    void twoStoresOnTheSameFile_appendIntoOneUnbrokenChain() throws Exception {
        // Given two processes' worth of stores (e.g. the service and a CLI run) on one file
        Path file = dir.resolve("audit.db");
        try (AuditStore first = AuditStore.open(file); AuditStore second = AuditStore.open(file)) {
            ExecutorService pool = Executors.newFixedThreadPool(2);
            Future<?> a = pool.submit(() -> {
                for (int i = 0; i < 50; i++) {
                    first.append(Records.record("a-" + i));
                }
            });
            Future<?> b = pool.submit(() -> {
                for (int i = 0; i < 50; i++) {
                    second.append(Records.record("b-" + i));
                }
            });
            a.get();
            b.get();
            pool.shutdown();

            VerificationReport report = first.verify();
            assertTrue(report.intact(), report.toString());
            assertEquals(100, report.recordsChecked());
        }
    }

    @Test
    void aStoredRecordEditedIntoSomethingUnreadable_givesAClearError() throws Exception {
        Path file = dir.resolve("audit.db");
        try (AuditStore store = AuditStore.open(file)) {
            store.append(Records.record("ev-1"));
        }
        Records.rawSql(file, "DROP TRIGGER evaluation_no_update",
                "UPDATE evaluation SET created_at = 'yesterday' WHERE id = 'ev-1'");

        try (AuditStore store = AuditStore.open(file)) {
            AuditStoreException e = assertThrows(AuditStoreException.class, () -> store.find("ev-1"));
            assertTrue(e.getMessage().contains("ev-1"), e.getMessage());
            assertEquals(List.of(ChainProblem.Kind.EDITED),
                    store.verify().problems().stream().map(ChainProblem::kind).toList());
        }
    }
}
