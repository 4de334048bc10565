package org.wellbeing.stats.parity;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.wellbeing.stats.methods.Quantiles;

/**
 * quantiles.csv: QuantileInGrp for every row. Groups as the reference's tests make them: GroupSet
 * "IndSexReg" by indicator-sex and parent area, "IndSex" by indicator-sex, "None" all rows of the set.
 * Where the file holds every row of a group (rows with a value = RowsInGrp) the quantiles are computed
 * from the values and polarity; where it holds only part (the "None" set: 185 of its 485 rows), from
 * the rank and group size the file gives, as the other values are not in it.
 */
final class QuantileParity {
    private QuantileParity() {}

    static FileParity run(Path dir) throws IOException {
        ReferenceTable t = ReferenceTable.read(dir, "quantiles.csv");
        Map<String, List<ReferenceTable.Row>> groups = new LinkedHashMap<>();
        for (ReferenceTable.Row r : t.rows()) {
            String set = r.text("GroupSet");
            String key = set + "|" + r.text("QuantileNm") + switch (set) {
                case "IndSexReg" -> "|" + r.text("IndSexRef") + "|" + r.text("ParentCode");
                case "IndSex" -> "|" + r.text("IndSexRef");
                default -> "";
            };
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
        }
        FileParity p = new FileParity(t.file());
        for (List<ReferenceTable.Row> group : groups.values()) {
            int quantiles = Quantiles.count(group.get(0).text("QuantileNm"));
            List<Double> values = group.stream().map(r -> r.number("Value")).toList();
            long withValue = values.stream().filter(v -> v != null).count();
            int rowsInGroup = group.stream().map(r -> r.number("RowsInGrp")).filter(v -> v != null)
                    .mapToInt(Double::intValue).max().orElse((int) withValue);
            List<Integer> got;
            if (withValue == rowsInGroup) {
                boolean highestFirst = Quantiles.groupOrder(group.stream()
                        .map(r -> Quantiles.highestFirstFor(r.text("Polarity"))).toList());
                got = Quantiles.assign(values, quantiles, highestFirst);
            } else {
                got = group.stream().map(r -> r.number("RankinGrp") == null ? null
                        : Quantiles.fromRank(r.number("RankinGrp").intValue(), rowsInGroup, quantiles)).toList();
            }
            for (int i = 0; i < group.size(); i++) {
                ReferenceTable.Row r = group.get(i);
                Double expected = r.number("QuantileInGrp");
                p.check(r.where("QuantileInGrp"), expected == null ? null : expected.intValue(), got.get(i));
            }
        }
        return p;
    }
}
