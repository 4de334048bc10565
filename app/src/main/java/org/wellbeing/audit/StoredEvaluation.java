package org.wellbeing.audit;

/**
 * An evaluation as stored: its place in the chain and its hashes.
 *
 * @param sequence     1 for the first record, then +1 per record
 * @param record       the evaluation as given
 * @param previousHash hash of the record before (64 zeros for the first)
 * @param hash         this record's hash (see {@link AuditStore} for the encoding)
 */
public record StoredEvaluation(long sequence, EvaluationRecord record, String previousHash, String hash) {
}
