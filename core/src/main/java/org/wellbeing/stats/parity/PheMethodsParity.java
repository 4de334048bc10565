package org.wellbeing.stats.parity;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wellbeing.stats.methods.AgeBandCount;
import org.wellbeing.stats.methods.ConfidenceLevel;
import org.wellbeing.stats.methods.CountLimits;
import org.wellbeing.stats.methods.CountMethod;
import org.wellbeing.stats.methods.CrudeRates;
import org.wellbeing.stats.methods.DirectlyStandardisedRates;
import org.wellbeing.stats.methods.Estimate;
import org.wellbeing.stats.methods.IndirectlyStandardised;
import org.wellbeing.stats.methods.Limits;
import org.wellbeing.stats.methods.Means;
import org.wellbeing.stats.methods.Proportions;
import org.wellbeing.stats.methods.ReferenceBand;
import org.wellbeing.stats.methods.StatisticsException;

/**
 * Runs the statistics methods on the reference files of {@code ../shared/phe-methods/} (SOURCES.md there)
 * and counts, per results file, the expected values and limits reproduced. Every expected value and limit
 * counts, an empty one as an expected "not calculated".
 */
public final class PheMethodsParity {
    private static final List<ConfidenceLevel> BOTH = ConfidenceLevel.FINGERTIPS;
    private static final String[] BOTH_COLUMNS = {"lower95_0cl", "upper95_0cl", "lower99_8cl", "upper99_8cl"};
    private static final Pattern PER = Pattern.compile("(?:per|x)\\s+([0-9]+)");

    private PheMethodsParity() {}

    /** One result per results file, in a fixed order. */
    public static List<FileParity> run(Path dir) throws IOException {
        List<FileParity> results = new ArrayList<>();
        results.add(proportions(dir));
        results.add(proportionsSingleLevel(dir));
        results.add(rates(dir));
        results.add(ratesSingleLevel(dir));
        results.add(byarsWilson(dir));
        results.add(dsr(dir));
        results.add(isr(dir));
        results.add(means(dir));
        results.add(QuantileParity.run(dir));
        return results;
    }

    private static FileParity proportions(Path dir) throws IOException {
        return bothLevels(dir, "proportions.csv", Proportions::of);
    }

    private static FileParity proportionsSingleLevel(Path dir) throws IOException {
        return oneLevelPerRow(dir, "proportions-single-level.csv", Proportions::of);
    }

    private static FileParity rates(Path dir) throws IOException {
        return bothLevels(dir, "rates.csv", (numerator, denominator, multiplier, levels) ->
                CrudeRates.of(numerator, denominator, multiplier, levels, CountMethod.EXACT_BELOW_10_BYARS_FROM_10));
    }

    private static FileParity ratesSingleLevel(Path dir) throws IOException {
        return oneLevelPerRow(dir, "rates-single-level.csv", (numerator, denominator, multiplier, levels) ->
                CrudeRates.of(numerator, denominator, multiplier, levels, CountMethod.EXACT_BELOW_10_BYARS_FROM_10));
    }

    /** A method on a numerator and denominator, as the proportion and rate files give them. */
    private interface FromCounts {
        Estimate of(Double numerator, Double denominator, double multiplier, List<ConfidenceLevel> levels);
    }

    /** A file whose rows hold limits at 95% and 99.8%. */
    private static FileParity bothLevels(Path dir, String file, FromCounts method) throws IOException {
        ReferenceTable t = ReferenceTable.read(dir, file);
        FileParity p = new FileParity(t.file());
        for (ReferenceTable.Row r : t.rows()) {
            both(p, r, () -> method.of(r.number("Numerator"), r.number("Denominator"), r.number("multiplier"), BOTH));
        }
        return p;
    }

    /** A file whose rows each hold the limits at the level in their {@code confidence} column. */
    private static FileParity oneLevelPerRow(Path dir, String file, FromCounts method) throws IOException {
        ReferenceTable t = ReferenceTable.read(dir, file);
        FileParity p = new FileParity(t.file());
        for (ReferenceTable.Row r : t.rows()) {
            List<ConfidenceLevel> level = List.of(ConfidenceLevel.parse(r.text("confidence")));
            single(p, r, () -> method.of(r.number("Numerator"), r.number("Denominator"), r.number("multiplier"), level));
        }
        return p;
    }

    /** The bare limit functions: Byar's on a count, Wilson's on x of n. */
    private static FileParity byarsWilson(Path dir) throws IOException {
        ReferenceTable t = ReferenceTable.read(dir, "byars-wilson-limits.csv");
        FileParity p = new FileParity(t.file());
        for (ReferenceTable.Row r : t.rows()) {
            ConfidenceLevel level = ConfidenceLevel.parse(r.text("confidence"));
            Double x = r.number("x");
            Limits got;
            String method = r.text("method").toLowerCase(Locale.ROOT);
            if (method.equals("byars")) {
                got = new Limits(level, CountLimits.byarsLower(x, level), CountLimits.byarsUpper(x, level));
            } else if (method.equals("wilson")) {
                got = Proportions.wilson(x, r.number("n"), level);
            } else {
                throw new IllegalArgumentException(t.file() + ":" + r.line() + ": unknown method '" + r.text("method") + "'");
            }
            p.check(r.where("lowercl"), r.number("lowercl"), got.lower());
            p.check(r.where("uppercl"), r.number("uppercl"), got.upper());
        }
        return p;
    }

    private static FileParity dsr(Path dir) throws IOException {
        ReferenceTable t = ReferenceTable.read(dir, "dsr-results.csv");
        Map<String, List<AgeBandCount>> independent = bands(ReferenceTable.read(dir, "dsr-inputs.csv"), "ageband", false);
        Map<String, List<AgeBandCount>> repeated =
                bands(ReferenceTable.read(dir, "dsr-non-independent-inputs.csv"), "ageband", true);
        FileParity p = new FileParity(t.file());
        for (ReferenceTable.Row r : t.rows()) {
            boolean nonIndependent = r.text("method").contains("non-independent");
            List<AgeBandCount> area = (nonIndependent ? repeated : independent).get(r.text("area"));
            if (area == null) throw new IllegalArgumentException(t.file() + ":" + r.line() + ": no inputs for area " + r.text("area"));
            double multiplier = multiplier(r.text("statistic"), 100_000);
            both(p, r, () -> DirectlyStandardisedRates.of(area, multiplier, BOTH));
        }
        return p;
    }

    private static FileParity isr(Path dir) throws IOException {
        ReferenceTable t = ReferenceTable.read(dir, "isr-results.csv");
        Map<String, List<AgeBandCount>> areas = bands(ReferenceTable.read(dir, "isr-inputs.csv"), "ageband", false);
        List<ReferenceBand> reference = new ArrayList<>();
        for (ReferenceTable.Row r : ReferenceTable.read(dir, "isr-reference.csv").rows()) {
            reference.add(new ReferenceBand(r.text("Age Band"), r.number("refcount"), r.number("refpop")));
        }
        FileParity p = new FileParity(t.file());
        for (ReferenceTable.Row r : t.rows()) {
            List<AgeBandCount> area = areas.get(r.text("area"));
            if (area == null) throw new IllegalArgumentException(t.file() + ":" + r.line() + ": no inputs for area " + r.text("area"));
            String statistic = r.text("statistic");
            double multiplier = multiplier(statistic, 1);
            both(p, r, () -> statistic.contains("ratio")
                    ? IndirectlyStandardised.ratio(area, reference, multiplier, BOTH)
                    : IndirectlyStandardised.rate(area, reference, multiplier, BOTH));
        }
        return p;
    }

    /** Per area, and "No grouping" for all the values together. */
    private static FileParity means(Path dir) throws IOException {
        ReferenceTable t = ReferenceTable.read(dir, "means-results.csv");
        Map<String, List<Double>> byArea = new LinkedHashMap<>();
        List<Double> all = new ArrayList<>();
        for (ReferenceTable.Row r : ReferenceTable.read(dir, "means-inputs.csv").rows()) {
            byArea.computeIfAbsent(r.text("area"), a -> new ArrayList<>()).add(r.number("values"));
            all.add(r.number("values"));
        }
        FileParity p = new FileParity(t.file());
        for (ReferenceTable.Row r : t.rows()) {
            String area = r.text("area");
            List<Double> values = area.equals("No grouping") ? all : byArea.getOrDefault(area, List.of());
            both(p, r, () -> Means.of(values, BOTH));
        }
        return p;
    }

    /** Age bands per area, in file order; with {@code frequencies}, columns f1, f2, ... give people with 1, 2, ... events. */
    private static Map<String, List<AgeBandCount>> bands(ReferenceTable table, String bandColumn, boolean frequencies) {
        Map<String, List<AgeBandCount>> areas = new LinkedHashMap<>();
        for (ReferenceTable.Row r : table.rows()) {
            List<Double> f = new ArrayList<>();
            if (frequencies) {
                for (int i = 1; r.record().isMapped("f" + i); i++) f.add(r.number("f" + i));
            }
            areas.computeIfAbsent(r.text("area"), a -> new ArrayList<>())
                    .add(new AgeBandCount(r.text(bandColumn), r.number("count"), r.number("pop"), f));
        }
        return areas;
    }

    /** "dsr per 100000" gives 100000, "indirectly standardised ratio x 100" gives 100; otherwise the default. */
    static double multiplier(String statistic, double otherwise) {
        Matcher m = PER.matcher(statistic);
        return m.find() ? Double.parseDouble(m.group(1)) : otherwise;
    }

    private interface Computation {
        Estimate compute();
    }

    private static void both(FileParity p, ReferenceTable.Row r, Computation c) {
        String[] columns = {"value", BOTH_COLUMNS[0], BOTH_COLUMNS[1], BOTH_COLUMNS[2], BOTH_COLUMNS[3]};
        Estimate e;
        try {
            e = c.compute();
        } catch (StatisticsException ex) {
            for (String column : columns) p.failed(r.where(column), r.number(column), ex.getMessage());
            return;
        }
        p.check(r.where("value"), r.number("value"), e.value());
        for (int i = 0; i < BOTH.size(); i++) {
            p.check(r.where(BOTH_COLUMNS[2 * i]), r.number(BOTH_COLUMNS[2 * i]), e.lower(BOTH.get(i)));
            p.check(r.where(BOTH_COLUMNS[2 * i + 1]), r.number(BOTH_COLUMNS[2 * i + 1]), e.upper(BOTH.get(i)));
        }
    }

    private static void single(FileParity p, ReferenceTable.Row r, Computation c) {
        String[] columns = {"value", "lowercl", "uppercl"};
        Estimate e;
        try {
            e = c.compute();
        } catch (StatisticsException ex) {
            for (String column : columns) p.failed(r.where(column), r.number(column), ex.getMessage());
            return;
        }
        Limits l = e.limits().get(0);
        p.check(r.where("value"), r.number("value"), e.value());
        p.check(r.where("lowercl"), r.number("lowercl"), l.lower());
        p.check(r.where("uppercl"), r.number("uppercl"), l.upper());
    }
}
