package org.wellbeing.audit;

/**
 * One thing wrong found by {@link AuditStore#verify()}.
 *
 * @param sequence where it was found (for a missing noted head: the current head's sequence)
 * @param id       the record's id (null for a missing noted head)
 * @param kind     what is wrong
 * @param detail   the values that disagree
 */
public record ChainProblem(long sequence, String id, Kind kind, String detail) {

    /** The kinds of problem, each with the sentence an auditor reads. */
    public enum Kind {
        /** The stored hash is not the hash of the stored fields. */
        EDITED("hash does not match contents (record edited)"),
        /** The stored previous hash is not the hash of the record before. */
        LINK_BROKEN("previous-hash link broken (record deleted or reordered)"),
        /** The sequence number is not one more than the one before (the first must be 1). */
        SEQUENCE_GAP("sequence gap"),
        /** A head hash noted earlier is not the hash of any stored record. */
        HEAD_MISSING("noted head hash not found (newest records deleted or chain rewritten)"),
        /** A checkpoint log line is malformed or its signature does not verify with the public key. */
        CHECKPOINT_INVALID("checkpoint not signed by the audit key (forged or damaged checkpoint log line)"),
        /** The stored hash differs from the one a signed checkpoint holds for this sequence. */
        NOT_AS_SIGNED("record differs from the signed checkpoint (chain rewritten from here, or records deleted and renumbered)"),
        /** The chain is shorter than the newest signed checkpoint. */
        TAIL_DELETED("newest records deleted (the chain ends before the newest signed checkpoint)"),
        /** Records after the newest signed checkpoint. */
        UNSIGNED_RECORDS("records no signed checkpoint covers (appended without the signing key)"),
        /** Records but no valid signed checkpoint at all. */
        NO_CHECKPOINT("no signed checkpoint covers the chain"),
        /** A stored rule set's files do not hash to its version, or a file's content not to its hash. */
        RULE_SET_ALTERED("stored rule set altered (its files do not hash to its version)"),
        /** A record names a rule-set version that is not stored. */
        RULE_SET_MISSING("record names a rule-set version that is not stored");

        private final String description;

        Kind(String description) {
            this.description = description;
        }

        /** The sentence an auditor reads. */
        public String description() {
            return description;
        }
    }

    /** One line: where, what, and the disagreeing values. */
    @Override
    public String toString() {
        String where = id == null ? "at sequence " + sequence : "sequence " + sequence + " (id " + id + ")";
        return where + ": " + kind.description() + (detail.isEmpty() ? "" : "; " + detail);
    }
}
