package org.wellbeing.paper;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.wellbeing.report.PriorityReport;
import org.wellbeing.service.BoardPrioritiesView;

/** The words a paper uses for numbers and a workstream's evidence, the same in every format. */
final class PaperText {
    private PaperText() {}

    static String number(Double v) {
        if (v == null) return "";
        double r = Math.round(v * 100) / 100.0;
        return r == Math.rint(r) ? String.format(Locale.ROOT, "%,d", (long) r) : String.format(Locale.ROOT, "%,.2f", r)
                .replaceAll("0$", "");
    }

    static String withUnit(Double v, String unit) {
        if (v == null) return "not published";
        return switch (unit == null ? "" : unit) {
            case "percent" -> number(v) + "%";
            case "years" -> number(v) + " years";
            case "rate_per_1000" -> number(v) + " per 1,000";
            case "rate_per_100000" -> number(v) + " per 100,000";
            default -> number(v);
        };
    }

    /**
     * One line per indicator that earned points: "Name: 88.8% (2021/22): RED against England (93), AMBER against
     * region (89.9); worsening, high; 11 points".
     */
    static List<String> evidence(BoardPrioritiesView.RankedWorkstream w) {
        List<String> lines = new ArrayList<>();
        for (PriorityReport.IndicatorEvidence i : w.indicators()) {
            if (i.points() <= 0) continue;
            List<String> parts = new ArrayList<>();
            for (PriorityReport.ComparisonEvidence o : i.outcomes()) {
                if (!o.outcome().equals("RED") && !o.outcome().equals("AMBER")) continue;
                String bench = o.rank() != null ? o.rank() + " of " + o.rankOf() : number(o.benchmark());
                parts.add(o.outcome() + " against " + o.comparator() + (bench.isEmpty() ? "" : " (" + bench + ")"));
            }
            for (PriorityReport.FlagEvidence f : i.flags()) {
                parts.add("worsening, " + f.severity().toLowerCase(Locale.ROOT));
            }
            lines.add(i.name() + ": " + withUnit(i.value(), i.unit()) + " (" + i.timePeriod() + "): "
                    + String.join("; ", parts) + "; " + number(i.points()) + " points");
        }
        return lines;
    }
}
