package org.wellbeing.audit;

import java.util.List;

/**
 * What {@link AuditStore#verify()} found.
 *
 * @param recordsChecked how many records were read
 * @param head           the newest record read (sequence and stored hash)
 * @param problems       everything wrong, in chain order; empty when the chain is intact
 */
public record VerificationReport(long recordsChecked, ChainHead head, List<ChainProblem> problems) {

    /** Copies the problem list. */
    public VerificationReport {
        problems = List.copyOf(problems);
    }

    /** This report with more problems found by other checks (signed checkpoints, stored rule sets). */
    public VerificationReport with(List<ChainProblem> more) {
        List<ChainProblem> all = new java.util.ArrayList<>(problems);
        all.addAll(more);
        return new VerificationReport(recordsChecked, head, all);
    }

    /** True when no problem was found. */
    public boolean intact() {
        return problems.isEmpty();
    }

    /** A plain-text report: a summary line, then one line per problem. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder()
                .append(intact() ? "OK" : "FAILED")
                .append(": ").append(recordsChecked).append(" records checked, head sequence ")
                .append(head.sequence()).append(" hash ").append(head.hash())
                .append(intact() ? "" : ", " + problems.size() + " problem(s)");
        problems.forEach(p -> text.append(System.lineSeparator()).append("  ").append(p));
        return text.toString();
    }
}
