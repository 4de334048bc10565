package org.wellbeing.service;

import java.util.List;
import org.wellbeing.audit.ChainProblem;
import org.wellbeing.audit.VerificationReport;

/** The audit chain checked end to end: intact or not, and every problem with the sentence an auditor reads. */
public record VerificationView(boolean intact, long recordsChecked, long headSequence, String headHash,
                               List<Problem> problems) {

    /** One thing wrong, at one record. */
    public record Problem(long sequence, String id, String kind, String description, String detail) {}

    public static VerificationView of(VerificationReport r) {
        return new VerificationView(r.intact(), r.recordsChecked(), r.head().sequence(), r.head().hash(),
                r.problems().stream().map(VerificationView::problem).toList());
    }

    private static Problem problem(ChainProblem p) {
        return new Problem(p.sequence(), p.id(), p.kind().name(), p.kind().description(), p.detail());
    }
}
