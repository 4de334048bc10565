package org.wellbeing.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.wellbeing.audit.AuditStore;
import org.wellbeing.io.out.FactEntry;
import org.wellbeing.model.Indicator;
import org.wellbeing.rules.RuleBase;
import org.wellbeing.rules.RuleBaseHolder;
import org.wellbeing.service.EvaluationService;
import org.wellbeing.service.InvalidParameterException;
import org.wellbeing.service.NotFoundException;
import org.wellbeing.service.TraceView;

/**
 * {@code explain INDICATOR --evaluation ID}: the chain behind a rating of a stored evaluation (a board paper's,
 * the dashboard's), read from the audit database through the same trace the HTTP API serves.
 */
final class StoredExplanation {
    private StoredExplanation() {}

    static void print(Path db, String evaluationId, String indicator, String comparator, String period, RuleBase live,
                      List<Indicator> catalogue, PrintWriter out) {
        try (AuditStore store = AuditStore.openExisting(db)) {
            EvaluationService evaluations = new EvaluationService(new RuleBaseHolder(live), store, catalogue);
            List<String> focuses = comparator == null ? List.of("england", "region", "neighbours", "goal", "trend")
                    : List.of(comparator);
            int shown = 0;
            for (String focus : focuses) {
                TraceView t;
                try {
                    t = evaluations.trace(evaluationId, indicator, focus, period);
                } catch (NotFoundException e) {
                    if (comparator != null || e.getMessage().startsWith("no evaluation")) throw e;
                    continue;
                } catch (InvalidParameterException e) {
                    throw new IllegalArgumentException("--" + e.parameter() + ": " + e.getMessage());
                }
                out.println(render(t));
                shown++;
            }
            if (shown == 0) {
                throw new NotFoundException("evaluation '" + evaluationId + "' rated nothing of '" + indicator + "'");
            }
        }
    }

    static String render(TraceView t) {
        List<String> lines = new ArrayList<>();
        lines.add(t.headline());
        for (TraceView.Step s : t.firings()) {
            lines.add("  rule \"" + s.rule() + "\" in " + s.location());
            for (FactEntry f : s.matched()) {
                if (!f.type().equals("Threshold")) lines.add("      matched " + f.type() + " " + brief(f));
            }
        }
        t.thresholds().forEach(th -> lines.add("  threshold " + th.name() + " = " + th.value() + " " + th.unit()
                + " (" + th.location() + ")"));
        lines.add("  evaluation " + t.evaluationId() + ", rule set " + t.ruleSetVersion() + ", evaluated " + t.createdAt());
        return String.join(System.lineSeparator(), lines);
    }

    private static String brief(FactEntry f) {
        var n = f.fact();
        return switch (f.type()) {
            case "Observation" -> n.path("indicatorId").asText() + " " + n.path("areaName").asText() + " "
                    + n.path("period").asText() + " (" + n.path("timePeriod").asText() + "): value " + n.path("value").asText();
            case "Benchmark" -> n.path("comparator").asText().toLowerCase() + " " + (n.path("rank").isNull()
                    ? n.path("value").asText() : "rank " + n.path("rank").asText() + " of " + n.path("rankOf").asText());
            default -> f.indicatorId() == null ? "" : "about " + f.indicatorId();
        };
    }
}
