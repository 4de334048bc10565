package org.wellbeing.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;

/** Appends chained evaluation records and reads them back. */
final class Evaluations {

    private static final String COLUMNS =
            "seq, id, created_at, rule_set_version, input_digest, payload_json, prev_hash, hash";

    private final Database db;
    private final ConcurrentLinkedQueue<Pending> pending = new ConcurrentLinkedQueue<>();
    private final ReentrantLock writing = new ReentrantLock();

    Evaluations(Database db) {
        this.db = db;
    }

    /**
     * Appends one record and returns once it is committed. Appends that arrive while another is being
     * written are committed together in the next transaction (group commit): one fsync for all of them
     * instead of one each, which is what lets many clients store evaluations at once. Each caller still
     * returns only after the COMMIT that holds its record, so acknowledged still means stored.
     */
    StoredEvaluation append(EvaluationRecord record, Map<String, String> contents) {
        Checks.json("payloadJson", record.payloadJson());
        contents.forEach((hash, text) -> {
            if (!Hashes.sha256(Checks.text("content", text)).equals(hash)) {
                throw new IllegalArgumentException("content given under " + hash + " has another SHA-256");
            }
        });
        Pending mine = new Pending(record, Map.copyOf(contents), new CompletableFuture<>());
        pending.add(mine);
        writing.lock();
        try {
            // Unless the writer before us took our record along (it completes its batch before unlocking),
            // the batch we write now holds it.
            if (!mine.result().isDone()) {
                writeBatch();
            }
        } finally {
            writing.unlock();
        }
        try {
            return mine.result().join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /** An append waiting for its transaction. */
    private record Pending(EvaluationRecord record, Map<String, String> contents,
                           CompletableFuture<StoredEvaluation> result) {}

    /** Writes every append waiting now in one transaction, in arrival order; completes each once committed. */
    private void writeBatch() {
        List<Pending> batch = new ArrayList<>();
        for (Pending p; (p = pending.poll()) != null; ) {
            batch.add(p);
        }
        List<Runnable> completions;
        try {
            completions = db.write(c -> {
                List<Runnable> done = new ArrayList<>(batch.size());
                ChainHead head = head(c);
                for (Pending p : batch) {
                    try {
                        for (Map.Entry<String, String> content : p.contents().entrySet()) {
                            Contents.put(c, content.getKey(), content.getValue());
                        }
                        StoredEvaluation stored = insert(c, p.record(), head);
                        if (stored.sequence() > head.sequence()) {
                            head = new ChainHead(stored.sequence(), stored.hash());
                        }
                        done.add(() -> p.result().complete(stored));
                    } catch (AuditStoreException refused) {
                        // this record only (a different record under a stored id): the others are stored
                        done.add(() -> p.result().completeExceptionally(refused));
                    }
                }
                return done;
            });
        } catch (RuntimeException | Error failed) {
            batch.forEach(p -> p.result().completeExceptionally(failed));
            throw failed;
        }
        completions.forEach(Runnable::run); // after COMMIT: acknowledged means stored
    }

    /** Inserts one record after {@code head} in the open transaction, or returns it as stored already. */
    private static StoredEvaluation insert(Connection c, EvaluationRecord record, ChainHead head) throws SQLException {
        Optional<StoredEvaluation> existing = find(c, record.id());
        if (existing.isPresent()) {
            return sameRecord(existing.get(), record);
        }
        long sequence = head.sequence() + 1;
        String createdAt = record.createdAt().toString();
        String hash = ChainHash.of(sequence, record.id(), createdAt, record.ruleSetVersion(),
                record.inputDigest(), record.payloadJson(), head.hash());
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO evaluation (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, sequence);
            insert.setString(2, record.id());
            insert.setString(3, createdAt);
            insert.setString(4, record.ruleSetVersion());
            insert.setString(5, record.inputDigest());
            insert.setString(6, record.payloadJson());
            insert.setString(7, head.hash());
            insert.setString(8, hash);
            insert.executeUpdate();
        }
        return new StoredEvaluation(sequence, record, head.hash(), hash);
    }

    Optional<StoredEvaluation> find(String id) {
        return db.read(c -> find(c, id));
    }

    List<EvaluationSummary> recent(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, got " + limit);
        }
        return db.read(c -> {
            try (PreparedStatement query = c.prepareStatement(
                    "SELECT seq, id, created_at, rule_set_version FROM evaluation ORDER BY seq DESC LIMIT ?")) {
                query.setInt(1, limit);
                try (ResultSet rows = query.executeQuery()) {
                    List<EvaluationSummary> summaries = new ArrayList<>();
                    while (rows.next()) {
                        try {
                            summaries.add(new EvaluationSummary(rows.getLong(1), rows.getString(2),
                                    Instant.parse(rows.getString(3)), rows.getString(4)));
                        } catch (RuntimeException e) {
                            throw malformed(rows.getLong(1), rows.getString(2), e);
                        }
                    }
                    return summaries;
                }
            }
        });
    }

    ChainHead head() {
        return db.read(Evaluations::head);
    }

    /** Counts and UTF-8 sizes of what is stored. */
    AuditStats stats() {
        return db.read(c -> {
            try (PreparedStatement query = c.prepareStatement("SELECT"
                    + " (SELECT count(*) FROM evaluation),"
                    + " (SELECT coalesce(sum(8 + length(CAST(id AS BLOB)) + length(CAST(created_at AS BLOB))"
                    + "   + length(CAST(rule_set_version AS BLOB)) + length(CAST(input_digest AS BLOB))"
                    + "   + length(CAST(payload_json AS BLOB)) + length(CAST(prev_hash AS BLOB))"
                    + "   + length(CAST(hash AS BLOB))), 0) FROM evaluation),"
                    + " (SELECT coalesce(sum(length(CAST(hash AS BLOB)) + length(CAST(content AS BLOB))"
                    + "   + coalesce(length(deflated), 0)), 0) FROM content)"
                    + " + (SELECT coalesce(sum(length(CAST(content_hash AS BLOB)) + length(CAST(content AS BLOB))), 0)"
                    + "   FROM rule_file_content)");
                 ResultSet rows = query.executeQuery()) {
                rows.next();
                return new AuditStats(rows.getLong(1), rows.getLong(2), rows.getLong(3), db.fileBytes());
            }
        });
    }

    /** A retried append of the same record is acknowledged again; a different record under the same id is refused. */
    private static StoredEvaluation sameRecord(StoredEvaluation existing, EvaluationRecord record) {
        if (!existing.record().equals(record)) {
            throw new AuditStoreException("an evaluation with id " + record.id()
                    + " is already stored (sequence " + existing.sequence() + ") with different contents");
        }
        return existing;
    }

    private static Optional<StoredEvaluation> find(Connection c, String id) throws SQLException {
        try (PreparedStatement query = c.prepareStatement("SELECT " + COLUMNS + " FROM evaluation WHERE id = ?")) {
            query.setString(1, id);
            try (ResultSet rows = query.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                try {
                    EvaluationRecord record = new EvaluationRecord(rows.getString(2),
                            Instant.parse(rows.getString(3)), rows.getString(4), rows.getString(5), rows.getString(6));
                    return Optional.of(new StoredEvaluation(rows.getLong(1), record, rows.getString(7),
                            rows.getString(8)));
                } catch (RuntimeException e) {
                    throw malformed(rows.getLong(1), id, e);
                }
            }
        }
    }

    private static AuditStoreException malformed(long sequence, String id, RuntimeException cause) {
        return new AuditStoreException("stored evaluation at sequence " + sequence + " (id " + id
                + ") cannot be read back (edited outside the store? run audit verify): " + cause.getMessage(), cause);
    }

    private static ChainHead head(Connection c) throws SQLException {
        try (PreparedStatement query = c.prepareStatement(
                "SELECT seq, hash FROM evaluation ORDER BY seq DESC LIMIT 1");
             ResultSet rows = query.executeQuery()) {
            return rows.next() ? new ChainHead(rows.getLong(1), rows.getString(2)) : ChainHead.empty();
        }
    }
}
