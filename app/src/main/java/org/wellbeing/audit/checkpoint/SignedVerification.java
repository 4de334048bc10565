package org.wellbeing.audit.checkpoint;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.function.Function;
import org.wellbeing.audit.AuditStore;
import org.wellbeing.audit.ChainProblem;
import org.wellbeing.audit.ChainProblem.Kind;
import org.wellbeing.audit.VerificationReport;

/**
 * Verifies an audit database against its signed checkpoint log: the chain walk ({@link AuditStore#verify()}),
 * the stored rule sets, and every checkpoint whose signature the public key accepts. The newest of those
 * fixes how long the chain must be and what its record at that sequence must hash to; every older one what
 * its record must hash to. What that catches, and how it is named:
 * <ul>
 *   <li>a deleted tail (or every record deleted): {@link Kind#TAIL_DELETED};</li>
 *   <li>a chain rewritten consistently from some record on, or a middle record deleted and the rest
 *       renumbered and rehashed: {@link Kind#NOT_AS_SIGNED} at the first record that differs;</li>
 *   <li>a record appended with a valid hash but without the key: {@link Kind#UNSIGNED_RECORDS};</li>
 *   <li>a forged or damaged checkpoint line: {@link Kind#CHECKPOINT_INVALID} (and it is not trusted);</li>
 *   <li>an edited stored rule file: {@link Kind#RULE_SET_ALTERED}.</li>
 * </ul>
 * A log truncated together with the chain is caught only against a checkpoint kept elsewhere (every
 * evaluation answer carries one), as with any transparency log.
 */
public final class SignedVerification {
    private SignedVerification() {}

    /**
     * @param versionOf how a rule set's version is computed from its files (path to content)
     */
    public static VerificationReport verify(AuditStore store, Path checkpointLog, PublicKey key,
                                            Function<Map<String, String>, String> versionOf) {
        VerificationReport chain = store.verify();
        List<ChainProblem> problems = new ArrayList<>(store.verifyRuleSets(versionOf));
        SortedMap<Long, String> hashes = store.hashesBySequence();
        long head = hashes.isEmpty() ? 0 : hashes.lastKey();
        List<CheckpointLog.Line> lines;
        try {
            lines = Files.exists(checkpointLog) ? CheckpointLog.read(checkpointLog) : List.of();
        } catch (NoSuchFileException e) {
            lines = List.of();
        } catch (IOException e) {
            throw new KeyFileException("cannot read checkpoint log " + checkpointLog + ": " + e.getMessage());
        }
        CheckpointLog.Line newest = null;
        ChainProblem firstRewrite = null;
        int rewritten = 0;
        for (CheckpointLog.Line line : lines) {
            Checkpoint cp = line.checkpoint();
            if (cp == null || !cp.signedBy(key)) {
                problems.add(new ChainProblem(cp == null ? 0 : cp.sequence(), null, Kind.CHECKPOINT_INVALID,
                        checkpointLog.getFileName() + " line " + line.number() + ": "
                                + (cp == null ? line.problem() : "signature does not verify with the public key")));
                continue;
            }
            if (newest == null || cp.sequence() >= newest.checkpoint().sequence()) {
                newest = line;
            }
            String stored = hashes.get(cp.sequence());
            if (cp.sequence() > 0 && stored != null && !stored.equals(cp.headHash())) {
                rewritten++;
                if (firstRewrite == null || cp.sequence() < firstRewrite.sequence()) {
                    firstRewrite = new ChainProblem(cp.sequence(), null, Kind.NOT_AS_SIGNED, "stored hash " + stored
                            + ", checkpoint (" + checkpointLog.getFileName() + " line " + line.number() + ", signed "
                            + cp.time() + ") holds " + cp.headHash());
                }
            }
        }
        if (firstRewrite != null) {
            problems.add(rewritten == 1 ? firstRewrite : new ChainProblem(firstRewrite.sequence(), null,
                    Kind.NOT_AS_SIGNED, firstRewrite.detail() + "; " + rewritten + " signed checkpoints disagree in all"));
        }
        if (newest == null) {
            if (head > 0) {
                problems.add(new ChainProblem(head, null, Kind.NO_CHECKPOINT, "the chain has " + head
                        + " record(s) and " + checkpointLog + " holds no valid signed checkpoint"
                        + (lines.isEmpty() ? " (missing or empty)" : "")));
            }
        } else {
            Checkpoint cp = newest.checkpoint();
            String where = checkpointLog.getFileName() + " line " + newest.number() + ", signed " + cp.time();
            if (cp.sequence() > head) {
                problems.add(new ChainProblem(head, null, Kind.TAIL_DELETED, "the newest signed checkpoint (" + where
                        + ") is at sequence " + cp.sequence() + ", the chain ends at " + head + ": records "
                        + (head + 1) + ".." + cp.sequence() + " missing"));
            } else if (cp.sequence() < head) {
                problems.add(new ChainProblem(cp.sequence() + 1, null, Kind.UNSIGNED_RECORDS, "records "
                        + (cp.sequence() + 1) + ".." + head + " come after the newest signed checkpoint (" + where
                        + ", sequence " + cp.sequence() + ")"));
            }
        }
        return chain.with(problems);
    }
}
