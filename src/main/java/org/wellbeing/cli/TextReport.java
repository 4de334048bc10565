package org.wellbeing.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.wellbeing.io.out.Csv;
import org.wellbeing.io.town.BoardNames;
import org.wellbeing.io.town.TownDataset;
import org.wellbeing.model.Comparator;
import org.wellbeing.model.Indicator;
import org.wellbeing.model.Rating;
import org.wellbeing.report.QualityMarks;
import org.wellbeing.rules.RuleBase;

/**
 * The ratings as a readable table, one section per board, one line per indicator. A row with a data-quality
 * flag is marked "!" after its value and explained under its board's table.
 */
final class TextReport {
    private static final int NAME_WIDTH = 48;

    private TextReport() {}

    static String render(TownDataset data, BoardNames boards, String period, RuleBase rules, List<Rating> ratings,
                         QualityMarks marks) {
        Map<String, Map<Comparator, Rating>> byIndicator = new LinkedHashMap<>();
        for (Rating r : ratings) {
            byIndicator.computeIfAbsent(r.indicatorId(), k -> new LinkedHashMap<>()).put(r.comparator(), r);
        }
        StringBuilder s = new StringBuilder();
        s.append(data.area().name()).append(", ").append(period).append(": ").append(byIndicator.size())
                .append(" indicators rated; rule set ").append(rules.shortVersion()).append('\n');
        for (String board : boards.ids()) {
            List<Indicator> members = data.indicators().stream()
                    .filter(i -> i.boards().contains(board) && byIndicator.containsKey(i.id())).toList();
            if (members.isEmpty()) {
                continue;
            }
            s.append('\n').append(boards.nameOf(board)).append('\n');
            s.append(String.format("  %-" + NAME_WIDTH + "s %10s  %-14s %-14s %-14s %-14s%n",
                    "indicator", "value", "england", "region", "neighbours", "goal"));
            List<String> notes = new ArrayList<>();
            for (Indicator i : members) {
                Map<Comparator, Rating> row = byIndicator.get(i.id());
                Rating any = row.values().iterator().next();
                QualityMarks.Mark mark = marks.ofRow(any.observationKey());
                s.append(String.format("  %-" + NAME_WIDTH + "s %10s  %-14s %-14s %-14s %-14s%n",
                        shorten(i.name()), Csv.number(any.value()) + (mark.present() ? " !" : ""),
                        cell(row.get(Comparator.ENGLAND)), cell(row.get(Comparator.REGION)),
                        cell(row.get(Comparator.NEIGHBOURS)), cell(row.get(Comparator.GOAL))));
                if (mark.present()) {
                    notes.add("  ! " + i.id() + " (" + mark.codes() + ", " + mark.verdict() + "): " + mark.reason());
                }
            }
            notes.forEach(n -> s.append(n).append('\n'));
        }
        return s.toString();
    }

    private static String cell(Rating r) {
        if (r == null) {
            return "-";
        }
        String outcome = r.outcome().name().equals("NOT_COMPARED") ? "n/c" : r.outcome().name();
        return r.benchmark() == null ? outcome : outcome + " " + Csv.number(r.benchmark());
    }

    private static String shorten(String name) {
        return name.length() <= NAME_WIDTH ? name : name.substring(0, NAME_WIDTH - 1) + "…";
    }
}
