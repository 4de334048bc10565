package org.wellbeing.service;

import java.util.function.Supplier;
import org.wellbeing.io.out.EvaluationDocument;

/**
 * An evaluation as stored: its place in the hash chain, what the answer shows, and its full trace on demand.
 *
 * @param sequence    the record's number in the audit chain
 * @param hash        the record's chain hash
 * @param document    the evaluation as answered: ratings, problems, versions and digests; its facts and trace
 *                    are empty for records that keep a trace digest instead of the trace
 * @param factCount   input and derived facts of the full trace
 * @param firingCount rule firings in the full trace
 */
public record StoredDocument(long sequence, String hash, EvaluationDocument document, int factCount, int firingCount,
                             Supplier<EvaluationDocument> traced) {

    /** A record that holds its full trace (stored before compact records, format 1). */
    static StoredDocument full(long sequence, String hash, EvaluationDocument document) {
        return new StoredDocument(sequence, hash, document, document.facts().size(), document.trace().size(),
                () -> document);
    }

    /** The document with every fact and the firing trace: as stored, or rebuilt by replay and checked. */
    public EvaluationDocument withTrace() {
        return traced.get();
    }
}
