package org.wellbeing.service;

import java.util.ArrayList;
import java.util.List;
import org.wellbeing.io.out.Csv;

/**
 * The dashboard's matrix as CSV, one line per indicator: its value, then per comparator the outcome, the
 * benchmark (a nearest-neighbour rank as "6 of 16") and the method, then the trend and its flag, the row's
 * data-quality mark and its reason (what was left out and why), and the
 * evaluation the line comes from, so that a downloaded file can still be traced.
 */
final class MatrixCsv {
    private MatrixCsv() {}

    static List<String> header(List<String> comparators) {
        List<String> header = new ArrayList<>(List.of("indicator_id", "indicator", "unit", "period", "time_period", "value"));
        for (String c : comparators) {
            header.addAll(List.of(c, c + "_benchmark", c + "_method"));
        }
        header.addAll(List.of("trend", "trend_flag", "quality", "quality_reason", "note", "evaluation_id"));
        return header;
    }

    static String write(MatrixView m) {
        List<List<Object>> rows = new ArrayList<>();
        for (MatrixView.Row r : m.rows()) {
            List<Object> line = new ArrayList<>(List.of(r.indicatorId(), r.name(), nullable(r.unit()), m.period(),
                    nullable(r.timePeriod()), r.value() == null ? "" : r.value()));
            for (String c : m.comparators()) {
                MatrixView.Cell cell = r.cells().get(c);
                line.add(cell.outcome() == null ? "NO_DATA" : cell.outcome());
                line.add(cell.rank() != null ? cell.rank() + " of " + cell.rankOf() : Csv.number(cell.benchmark()));
                line.add(nullable(cell.method()));
            }
            line.add(r.trend() == null ? "" : r.trend().label());
            line.add(r.trend() == null || r.trend().flag() == null ? "" : "worsening " + r.trend().flag().severity());
            line.add(r.quality() == null ? "" : r.quality().codes() + " (" + r.quality().verdict() + ")");
            line.add(r.quality() == null ? "" : r.quality().reason());
            line.add(nullable(r.note()));
            line.add(m.evaluationId());
            rows.add(line);
        }
        return Csv.write(header(m.comparators()), rows);
    }

    private static Object nullable(String s) {
        return s == null ? "" : s;
    }
}
