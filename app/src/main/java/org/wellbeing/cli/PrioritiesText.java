package org.wellbeing.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.wellbeing.io.out.Csv;
import org.wellbeing.report.PriorityReport;
import org.wellbeing.report.PriorityReport.BoardPriorities;
import org.wellbeing.report.PriorityReport.ComparisonEvidence;
import org.wellbeing.report.PriorityReport.IndicatorEvidence;
import org.wellbeing.report.PriorityReport.Priority;

/**
 * Board priorities as text that reads like a paragraph of a board paper: for each workstream in rank order,
 * its score, why (its indicators with values and comparisons), and its actions.
 */
final class PrioritiesText {
    static final int WIDTH = 100;
    private static final String INDENT = "   ";
    /** How many of a workstream's indicators are described in full; the rest are named with their points. */
    static final int DETAILED = 5;

    private PrioritiesText() {}

    static String render(PriorityReport report) {
        StringBuilder s = new StringBuilder();
        for (BoardPriorities board : report.boards()) {
            s.append(board.boardName()).append(": where to put effort in ").append(report.period()).append('\n');
            int ranked = board.priorities().isEmpty() ? 0 : board.priorities().get(0).of();
            String shown = board.priorities().size() < ranked ? "The first " + board.priorities().size() + " of " : "";
            s.append(wrap(report.areaName() + ", rule set " + report.ruleSetVersion().substring(0, 12) + ", policy "
                    + report.policyVersion().substring(0, 12) + ". " + shown
                    + count(ranked, "workstream") + " ranked by priority score: " + report.ordering() + ".", ""))
                    .append('\n');
            for (Priority p : board.priorities()) {
                s.append('\n').append(paragraph(p));
            }
            Map<String, List<String>> notMeasured = new TreeMap<>();
            board.notMeasured().forEach(n ->
                    notMeasured.computeIfAbsent(n.reason(), k -> new ArrayList<>()).add(n.workstreamName()));
            notMeasured.forEach((reason, names) -> s.append('\n').append(wrap("Not measured in " + report.period()
                    + " (" + reason + "): " + String.join("; ", names) + ".", "")).append('\n'));
            if (!board.leftOut().isEmpty()) {
                s.append('\n').append(wrap("Left out of these priorities in " + report.period()
                        + ", because the data is doubtful (no points, no worsening flag):", "")).append('\n');
                board.leftOut().forEach(l -> s.append(wrap("- " + l.name() + ": " + l.reason()
                        .replaceFirst("^.*? is left out of the priorities: ", "") + ".", "  ")).append('\n'));
            }
            s.append('\n');
        }
        if (!report.unowned().indicators().isEmpty()) {
            s.append(report.unowned().boardName()).append(": indicators RED or worsening in ").append(report.period())
                    .append(" that no workstream owns\n");
            for (var u : report.unowned().indicators()) {
                s.append(wrap("- " + indicatorClause(u.indicator()) + ".", "  ")).append('\n');
            }
            s.append('\n');
        }
        return s.toString();
    }

    private static String paragraph(Priority p) {
        StringBuilder s = new StringBuilder();
        s.append(wrap(p.rank() + ". " + p.workstreamName() + ": score " + Csv.number(p.score()) + " from "
                + count(p.indicators().size(), "indicator") + ", " + count(p.redRatings(), "RED rating")
                + (p.worseningFlags() > 0 ? ", " + count(p.worseningFlags(), "worsening flag") : "") + ".", ""));
        s.append('\n');
        List<String> scoring = new ArrayList<>();
        List<String> more = new ArrayList<>();
        List<String> quiet = new ArrayList<>();
        for (IndicatorEvidence i : p.indicators()) {
            if (i.points() == 0) {
                quiet.add(i.name() + (i.quality().isEmpty() ? "" : " (data marked " + i.quality() + ")"));
            } else if (scoring.size() < DETAILED) {
                scoring.add(indicatorClause(i));
            } else {
                more.add(i.name() + " [" + count(i.points(), "point") + "]");
            }
        }
        String why = scoring.isEmpty() ? "none of its indicators scores any points" : String.join("; ", scoring);
        if (!more.isEmpty()) {
            why += ". Also " + String.join("; ", more);
        }
        if (!quiet.isEmpty()) {
            why += (scoring.isEmpty() ? ": " : ". No points from ") + String.join("; ", quiet);
        }
        s.append(wrap("Why: " + why + ".", INDENT)).append('\n');
        if (!p.actions().isEmpty()) {
            s.append(wrap("Actions: " + String.join(" ", p.actions().stream().map(PrioritiesText::sentence).toList()),
                    INDENT)).append('\n');
        }
        return s.toString();
    }

    /** "Name is 24.7%, worse than England (22.5) and the region (22.7), similar to ... [8 points]". */
    static String indicatorClause(IndicatorEvidence i) {
        List<String> worse = new ArrayList<>();
        List<String> similar = new ArrayList<>();
        List<String> goal = new ArrayList<>();
        for (ComparisonEvidence c : i.outcomes()) {
            boolean red = c.outcome().equals("RED");
            if (!red && !c.outcome().equals("AMBER")) {
                continue;
            }
            if (c.comparator().equals("goal")) {
                goal.add((red ? "missing its goal" : "partly meeting its goal") + " (" + Csv.number(c.benchmark()) + ")");
            } else {
                (red ? worse : similar).add(comparatorName(c));
            }
        }
        List<String> parts = new ArrayList<>();
        if (!worse.isEmpty()) parts.add("worse than " + and(worse));
        if (!similar.isEmpty()) parts.add("similar to " + and(similar));
        parts.addAll(goal);
        i.flags().forEach(f -> parts.add("worsening (" + f.severity().toLowerCase(Locale.ROOT) + "): " + f.reason()));
        return i.name() + " is " + value(i) + (parts.isEmpty() ? "" : ", " + String.join(", ", parts))
                + " [" + count(i.points(), "point") + "]";
    }

    private static String comparatorName(ComparisonEvidence c) {
        String name = switch (c.comparator()) {
            case "england" -> "England";
            case "region" -> "the region";
            default -> "the nearest neighbours";
        };
        if (c.rank() != null) {
            return name + " (ranked " + c.rank() + " of " + c.rankOf() + ")";
        }
        return c.benchmark() == null ? name : name + " (" + Csv.number(c.benchmark()) + ")";
    }

    private static String value(IndicatorEvidence i) {
        if (i.value() == null) {
            return "not published for " + i.timePeriod();
        }
        String v = Csv.number(i.value());
        String unit = switch (i.unit() == null ? "" : i.unit()) {
            case "percent" -> "%";
            case "years" -> " years";
            case "rate_per_1000" -> " per 1,000";
            case "rate_per_100000" -> " per 100,000";
            default -> "";
        };
        return v + unit + " (" + i.timePeriod() + ")";
    }

    private static String and(List<String> items) {
        if (items.size() == 1) return items.get(0);
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    private static String count(double n, String noun) {
        return Csv.number(n) + " " + noun + (n == 1 ? "" : "s");
    }

    private static String sentence(String text) {
        String t = text.strip();
        return t.endsWith(".") ? t : t + ".";
    }

    /** Wraps at {@link #WIDTH} columns; the first line starts with {@code indent}, the others with it or {@link #INDENT}. */
    static String wrap(String text, String indent) {
        String continuation = indent.isEmpty() ? INDENT : indent + "  ";
        StringBuilder out = new StringBuilder();
        StringBuilder line = new StringBuilder(indent);
        boolean empty = true;
        for (String word : text.split(" ")) {
            if (!empty && line.length() + 1 + word.length() > WIDTH) {
                out.append(line).append('\n');
                line = new StringBuilder(continuation);
                empty = true;
            }
            if (!empty) line.append(' ');
            line.append(word);
            empty = false;
        }
        return out.append(line).toString();
    }
}
