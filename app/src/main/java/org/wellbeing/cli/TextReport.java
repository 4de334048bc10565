package org.wellbeing.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.wellbeing.io.out.Csv;
import org.wellbeing.io.town.BoardNames;
import org.wellbeing.io.town.TownDataset;
import org.wellbeing.model.Comparator;
import org.wellbeing.model.Indicator;
import org.wellbeing.model.Observation;
import org.wellbeing.model.Rating;
import org.wellbeing.report.QualityMarks;
import org.wellbeing.rules.RuleBase;

/**
 * The ratings as a readable table, one section per board, one row per indicator: its full name (wrapped onto
 * further lines, never cut), the time period the value is for, the unit, the value, and per comparator the
 * outcome with its benchmark. A row with a data-quality flag is marked "!" in a column of its own after the value
 * (so values stay aligned) and explained under its board's table.
 */
final class TextReport {
    static final int NAME_WIDTH = 44;
    private static final String ROW = "  %-" + NAME_WIDTH + "s %-11s %-11s %9s %1s %-14s %-14s %-14s %-14s";

    private TextReport() {}

    static String render(TownDataset data, BoardNames boards, String period, RuleBase rules, String policy,
                         List<Rating> ratings, QualityMarks marks) {
        Map<String, Map<Comparator, Rating>> byIndicator = new LinkedHashMap<>();
        for (Rating r : ratings) {
            byIndicator.computeIfAbsent(r.indicatorId(), k -> new LinkedHashMap<>()).put(r.comparator(), r);
        }
        Map<String, Observation> observations = new HashMap<>();
        data.facts().observations().forEach(o -> observations.put(o.key(), o));
        StringBuilder s = new StringBuilder();
        s.append(data.area().name()).append(", ").append(period).append(": ").append(byIndicator.size())
                .append(" indicators rated; rule set ").append(rules.shortVersion()).append(", policy ").append(policy)
                .append('\n');
        for (String board : boards.ids()) {
            List<Indicator> members = data.indicators().stream()
                    .filter(i -> i.boards().contains(board) && byIndicator.containsKey(i.id())).toList();
            if (members.isEmpty()) {
                continue;
            }
            s.append('\n').append(boards.nameOf(board)).append('\n');
            s.append(line(ROW, "indicator", "time period", "unit", "value", "", "england", "region", "neighbours", "goal"));
            List<String> notes = new ArrayList<>();
            for (Indicator i : members) {
                Map<Comparator, Rating> row = byIndicator.get(i.id());
                Rating any = row.values().iterator().next();
                Observation o = observations.get(any.observationKey());
                QualityMarks.Mark mark = marks.ofRow(any.observationKey());
                List<String> name = wrap(i.name(), NAME_WIDTH);
                s.append(line(ROW, name.get(0), o == null ? "" : o.timePeriod(), unit(i.unit()),
                        Csv.number(any.value()), mark.present() ? "!" : "", cell(row.get(Comparator.ENGLAND)),
                        cell(row.get(Comparator.REGION)), cell(row.get(Comparator.NEIGHBOURS)),
                        cell(row.get(Comparator.GOAL))));
                name.subList(1, name.size()).forEach(more -> s.append("    ").append(more).append('\n'));
                if (mark.present()) {
                    notes.add("  ! " + i.id() + " (" + mark.codes() + ", " + mark.verdict() + "): " + mark.reason());
                }
            }
            notes.forEach(n -> s.append(n).append('\n'));
        }
        return s.toString();
    }

    private static String line(String format, Object... cells) {
        return String.format(format, cells).stripTrailing() + "\n";
    }

    /** The catalogue's unit words as a reader writes them. */
    static String unit(String unit) {
        return switch (unit) {
            case "percent" -> "%";
            case "rate_per_1000" -> "per 1,000";
            case "rate_per_100000" -> "per 100,000";
            default -> unit;
        };
    }

    private static String cell(Rating r) {
        if (r == null) {
            return "-";
        }
        String outcome = r.outcome().name().equals("NOT_COMPARED") ? "n/c" : r.outcome().name();
        return r.benchmark() == null ? outcome : outcome + " " + Csv.number(r.benchmark());
    }

    /** {@code text} in lines of at most {@code width} characters, broken at spaces (a longer word stands alone). */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            if (current.length() > 0 && current.length() + 1 + word.length() > width) {
                lines.add(current.toString());
                current.setLength(0);
            }
            current.append(current.length() > 0 ? " " : "").append(word);
        }
        lines.add(current.toString());
        return lines;
    }
}
