package org.wellbeing.service;

import org.wellbeing.io.out.EvaluationDocument;

/**
 * An evaluation as read back from the audit store: the document and its place in the hash chain.
 *
 * @param sequence the record's number in the audit chain
 * @param hash     the record's chain hash
 */
public record StoredDocument(long sequence, String hash, EvaluationDocument document) {}
