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
        HEAD_MISSING("noted head hash not found (newest records deleted or chain rewritten)");

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
