package org.wellbeing.audit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.SortedMap;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The audit store: one SQLite file (WAL, synchronous=FULL) holding hash-chained evaluation
 * records and the rule-set versions they ran on. Thread-safe: appends are serialised on one
 * writer connection; reads use their own connections. Open once per process and share it.
 *
 * <p>Each record's hash is SHA-256 over (sequence, id, createdAt, ruleSetVersion, inputDigest,
 * payloadJson, previousHash), each field as a netstring ({@code <UTF-8 byte length>:<bytes>,});
 * the first record's previous hash is 64 zeros. {@link #verify()} detects an edited record and a
 * deleted or reordered record anywhere but at the end. Deleting the newest records leaves a
 * valid shorter chain: that is detectable only against a head hash noted elsewhere, with
 * {@link #verify(String)}. So is a chain rewritten from the edited record onwards.
 */
public final class AuditStore implements AutoCloseable {

    private final Database db;
    private final Evaluations evaluations;
    private final RuleSets ruleSets;
    private final Policies policies;
    private volatile Consumer<StoredEvaluation> appended = stored -> { };

    private AuditStore(Database db) {
        this.db = db;
        this.evaluations = new Evaluations(db);
        this.ruleSets = new RuleSets(db);
        this.policies = new Policies(db);
    }

    /** Opens the store at {@code file}, creating the file and its parent folders when missing. */
    public static AuditStore open(Path file) {
        return new AuditStore(Database.open(file));
    }

    /** Opens an existing store (for {@code audit verify}); fails naming the path when there is no file. */
    public static AuditStore openExisting(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new AuditStoreException("no audit database at " + file.toAbsolutePath().normalize());
        }
        return open(file);
    }

    /** The database file, absolute. */
    public Path file() {
        return db.file();
    }

    /** Stores the record at the end of the chain; returns once committed. Re-sending an identical record returns the stored one. */
    public StoredEvaluation append(EvaluationRecord record) {
        return append(record, Map.of());
    }

    /**
     * As {@link #append(EvaluationRecord)}, storing in the same transaction the texts the record names by hash
     * (hash to text, each hash the {@link PolicyVersion#contentHash} of its text), each distinct text once.
     */
    public StoredEvaluation append(EvaluationRecord record, Map<String, String> contents) {
        StoredEvaluation stored = evaluations.append(record, contents);
        appended.accept(stored);
        return stored;
    }

    /** A text stored with an evaluation or a policy, checked against its hash. */
    public Optional<String> content(String hash) {
        String h = Checks.hex("content hash", hash, 64);
        return db.read(c -> Contents.get(c, h));
    }

    /** The bytes a stored content takes in the database (its hash and its text, deflated where stored so); empty when not stored. */
    public OptionalLong storedContentBytes(String hash) {
        String h = Checks.hex("content hash", hash, 64);
        return db.read(c -> Contents.storedBytes(c, h));
    }

    /**
     * Stores a policy version's files (path to text: {@code rules/...} and {@link PolicyVersion#CATALOGUE}), each
     * content once, and returns its version ({@link PolicyVersion#of}). Storing the same files again changes nothing.
     */
    public String savePolicy(Map<String, String> files) {
        return policies.save(files);
    }

    /** The files of a stored policy version, sorted by path, each checked against its hash and all against the version. */
    public Optional<Map<String, String>> loadPolicy(String version) {
        return policies.load(version);
    }

    /** Records, stored bytes and the file's size. */
    public AuditStats stats() {
        return evaluations.stats();
    }

    /** Runs {@code listener} after every committed append, in the appending thread, before append returns (signed checkpoints). */
    public void onAppend(Consumer<StoredEvaluation> listener) {
        this.appended = listener;
    }

    /** Every record's stored hash by sequence, for checking the chain against signed checkpoints. */
    public SortedMap<Long, String> hashesBySequence() {
        return db.read(StoredEvidence::hashes);
    }

    /**
     * Checks the stored rule sets: each file's content against its content hash, each set's files against
     * its version ({@code versionOf} computes a version from path-to-content), and that every record's
     * (chained) rule-set version is stored.
     */
    public List<ChainProblem> verifyRuleSets(Function<Map<String, String>, String> versionOf) {
        return db.read(c -> StoredEvidence.ruleSetProblems(c, versionOf));
    }

    /** The stored record with this id, if any. */
    public Optional<StoredEvaluation> find(String id) {
        return evaluations.find(id);
    }

    /** Up to {@code limit} summaries, newest first. */
    public List<EvaluationSummary> recent(int limit) {
        return evaluations.recent(limit);
    }

    /** The newest record's sequence and hash (sequence 0 and 64 zeros when empty). */
    public ChainHead head() {
        return evaluations.head();
    }

    /** Walks the whole chain, recomputing every hash and link. */
    public VerificationReport verify() {
        return db.read(c -> ChainVerifier.verify(c, null));
    }

    /** As {@link #verify()}, and also checks that the record whose hash was noted earlier is still in the chain. */
    public VerificationReport verify(String expectedHeadHash) {
        String expected = Checks.hex("expectedHeadHash", expectedHeadHash, 64);
        return db.read(c -> ChainVerifier.verify(c, expected));
    }

    /**
     * Stores a rule set's files (relative '/'-separated path to content) under its version.
     * Returns false when the version was already stored with the same files; fails when with different ones.
     */
    public boolean saveRuleSet(String version, Map<String, String> files) {
        return ruleSets.save(version, files);
    }

    /** The files of a stored rule-set version, sorted by path, each checked against its content hash. */
    public Optional<Map<String, String>> loadRuleSet(String version) {
        return ruleSets.load(version);
    }

    /** Closes the writer connection; later calls fail. */
    @Override
    public void close() {
        db.close();
    }

    /** A pragma as the writer connection sees it (for tests and diagnostics). */
    String pragma(String name) {
        return db.writerPragma(name);
    }
}
