package org.wellbeing.audit.checkpoint;

import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.wellbeing.audit.StoredEvaluation;

/**
 * Signs a checkpoint after every append to the audit chain and appends it to the checkpoint log before the
 * append returns, so an acknowledged evaluation is covered by a signed checkpoint on disk. Register it with
 * {@code AuditStore.onAppend}. The newest checkpoint is kept for the API to hand back.
 */
public final class Checkpointer implements Consumer<StoredEvaluation>, AutoCloseable {
    private final SigningKey key;
    private final CheckpointLog log;
    private final Clock clock;
    private final AtomicReference<Checkpoint> newest = new AtomicReference<>();

    public Checkpointer(SigningKey key, CheckpointLog log, Clock clock) {
        this.key = key;
        this.log = log;
        this.clock = clock;
    }

    @Override
    public void accept(StoredEvaluation stored) {
        Checkpoint signed = Checkpoint.sign(key, stored.sequence(), stored.hash(), clock.instant());
        log.append(signed);
        newest.accumulateAndGet(signed, (a, b) -> a == null || b.sequence() >= a.sequence() ? b : a);
    }

    /** The newest checkpoint signed by this process (its sequence is at least that of every append that returned). */
    public Optional<Checkpoint> newest() {
        return Optional.ofNullable(newest.get());
    }

    public CheckpointLog log() {
        return log;
    }

    @Override
    public void close() {
        log.close();
    }
}
