package org.wellbeing.service;

import java.util.List;
import org.wellbeing.engine.CoverageProblem;
import org.wellbeing.io.out.RatingRow;
import org.wellbeing.model.TownArea;

/**
 * An evaluation as the API answers it: what was rated, on which rules and inputs, where it sits in the
 * audit chain. The firing trace is left out (it is large); it is read per indicator.
 *
 * @param policyVersion the rule files and catalogue it ran on, as stored in the audit store (null for records
 *                      stored before policy versions)
 * @param auditSequence the record's number in the audit chain
 * @param auditHash     the record's chain hash
 * @param factCount     input and derived facts kept with the evaluation
 * @param firingCount   rule firings in its trace
 */
public record EvaluationView(String id, String createdAt, String ruleSetVersion, String policyVersion,
                             String inputDigest, String source,
                             TownArea area, List<String> periods, long auditSequence, String auditHash,
                             int factCount, int firingCount, List<RatingRow> ratings, List<CoverageProblem> problems) {

    public static EvaluationView of(StoredDocument s) {
        var d = s.document();
        return new EvaluationView(d.id(), d.createdAt(), d.ruleSetVersion(), d.policyVersion(), d.inputDigest(),
                d.source(), d.area(), d.periods(), s.sequence(), s.hash(), s.factCount(), s.firingCount(), d.ratings(),
                d.problems());
    }
}
