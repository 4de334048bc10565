package org.wellbeing.stats.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.wellbeing.stats.methods.ConfidenceLevel;
import org.wellbeing.stats.methods.Estimate;
import org.wellbeing.stats.methods.Limits;

/**
 * Results of the {@code stats} command as rows: the identifying columns of the input, then value, a lower and
 * an upper limit per confidence level ("lower95", "upper99.8"), the method and, where not calculated, why.
 */
public record StatsTable(List<String> header, List<List<Object>> rows) {

    public static StatsTable of(List<String> idColumns, List<ConfidenceLevel> levels, List<Map.Entry<List<String>, Estimate>> results) {
        List<String> header = new ArrayList<>(idColumns);
        header.add("value");
        for (ConfidenceLevel l : levels) {
            header.add("lower" + l.percent());
            header.add("upper" + l.percent());
        }
        header.add("method");
        header.add("not_calculated");
        List<List<Object>> rows = new ArrayList<>();
        for (Map.Entry<List<String>, Estimate> r : results) {
            List<Object> row = new ArrayList<>(r.getKey());
            Estimate e = r.getValue();
            row.add(e.value());
            for (Limits l : e.limits()) {
                row.add(l.lower());
                row.add(l.upper());
            }
            row.add(e.method());
            row.add(e.notCalculated() == null ? "" : e.notCalculated());
            rows.add(row);
        }
        return new StatsTable(List.copyOf(header), List.copyOf(rows));
    }

    /** One JSON object per row, fields in header order. */
    public List<Map<String, Object>> objects() {
        List<Map<String, Object>> objects = new ArrayList<>();
        for (List<Object> row : rows) {
            Map<String, Object> o = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                Object v = row.get(i);
                o.put(header.get(i), "".equals(v) ? null : v);
            }
            objects.add(o);
        }
        return objects;
    }
}
