package org.wellbeing.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.wellbeing.io.ReadException;
import org.wellbeing.io.counts.AgeBandedCounts;
import org.wellbeing.io.counts.AgeBandedCountsReader;
import org.wellbeing.io.out.Csv;
import org.wellbeing.io.Json;
import org.wellbeing.stats.check.StatsTable;
import org.wellbeing.model.CiMethod;
import org.wellbeing.stats.methods.FromCounts;
import org.wellbeing.stats.methods.ConfidenceLevel;
import org.wellbeing.stats.methods.DirectlyStandardisedRates;
import org.wellbeing.stats.methods.Estimate;
import org.wellbeing.stats.methods.IndirectlyStandardised;
import org.wellbeing.stats.methods.Means;
import org.wellbeing.stats.methods.ReferenceBand;
import org.wellbeing.stats.methods.StandardPopulation;
import org.wellbeing.stats.methods.StatisticsException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Values and confidence limits from a file of counts, by one of the official methods. */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = {"Compute values and confidence limits from a file of counts (docs/statistics.md).",
                "wilson, poisson, exact-poisson, byars: columns count,denominator (others are copied to the output).",
                "dsr, isr-rate, isr-ratio: the age-banded layout area_code,indicator_id,period,age_band,count,population;"
                        + " dsr takes --standard FILE (age_band,population) for another standard than ESP 2013;"
                        + " isr-* need --reference FILE (age_band,count,population).",
                "mean: columns area_code,value, one value a row."})
final class StatsCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "the counts (CSV)")
    Path file;

    @Option(names = "--method", required = true, paramLabel = "M",
            description = "wilson, poisson (exact below 10 events, Byar's from 10), exact-poisson, byars, dsr, isr-rate, isr-ratio, mean")
    String method;

    @Option(names = "--confidence", paramLabel = "LEVELS", description = "comma-separated levels in percent (default: ${DEFAULT-VALUE})")
    String confidence = "95,99.8";

    @Option(names = "--multiplier", paramLabel = "N",
            description = "scale of the value: default 100 for wilson (percent), 100000 for rates, DSRs and isr-rate, 100 for isr-ratio; not used by mean")
    Double multiplier;

    @Option(names = "--reference", paramLabel = "FILE", description = "isr-rate, isr-ratio: the reference's counts and population by age band")
    Path reference;

    @Option(names = "--standard", paramLabel = "FILE",
            description = "dsr: a standard population other than ESP 2013, columns age_band,population")
    Path standard;

    @Option(names = "--format", paramLabel = "F", description = "csv or json (default: ${DEFAULT-VALUE})")
    String format = "csv";

    @Override
    public Integer call() throws Exception {
        String m = method.strip().toLowerCase(Locale.ROOT);
        if (!format.equals("csv") && !format.equals("json")) {
            throw new IllegalArgumentException("--format: unknown format '" + format + "': use csv or json");
        }
        List<ConfidenceLevel> levels;
        try {
            levels = ConfidenceLevel.parseList(confidence);
            if (levels.isEmpty()) throw new StatisticsException("no level given");
        } catch (StatisticsException e) {
            throw new IllegalArgumentException("--confidence: " + e.getMessage());
        }
        if (reference != null && !m.startsWith("isr-")) {
            throw new IllegalArgumentException("--reference is only used by --method isr-rate and isr-ratio");
        }
        if (standard != null && !m.equals("dsr")) {
            throw new IllegalArgumentException("--standard is only used by --method dsr");
        }
        if (multiplier != null && m.equals("mean")) {
            throw new IllegalArgumentException("--multiplier is not used by --method mean");
        }
        if (!Files.isRegularFile(file)) throw new IllegalArgumentException(file + ": no such file");
        StatsTable table = switch (m) {
            case "wilson", "poisson", "exact-poisson", "byars" -> counts(CiMethod.parse(m), levels);
            case "dsr" -> {
                StandardPopulation population = standardPopulation();
                yield standardised(levels, bands -> DirectlyStandardisedRates.of(bands, population, multiplierOr(100_000), levels));
            }
            case "isr-rate", "isr-ratio" -> {
                List<ReferenceBand> ref = reference();
                boolean ratio = m.equals("isr-ratio");
                yield standardised(levels, bands -> ratio
                        ? IndirectlyStandardised.ratio(bands, ref, multiplierOr(100), levels)
                        : IndirectlyStandardised.rate(bands, ref, multiplierOr(100_000), levels));
            }
            case "mean" -> means(levels);
            default -> throw new IllegalArgumentException("--method: unknown method '" + method
                    + "': use wilson, poisson, exact-poisson, byars, dsr, isr-rate, isr-ratio or mean");
        };
        PrintWriter out = spec.commandLine().getOut();
        if (format.equals("json")) {
            out.println(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(table.objects()));
        } else {
            out.print(Csv.write(table.header(), table.rows()));
        }
        out.flush();
        return 0;
    }

    private double multiplierOr(double otherwise) {
        return multiplier == null ? otherwise : multiplier;
    }

    /** One result per row: every column but count and denominator is copied in front. */
    private StatsTable counts(CiMethod ci, List<ConfidenceLevel> levels) throws IOException {
        double scale = multiplierOr(ci == CiMethod.WILSON ? 100 : 100_000);
        List<Map.Entry<List<String>, Estimate>> results = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
            Map<String, String> columns = columns(parser, List.of("count", "denominator"));
            parser.getHeaderNames().stream().filter(h -> !columns.get("count").equals(h) && !columns.get("denominator").equals(h))
                    .forEach(ids::add);
            for (CSVRecord r : parser) {
                Double count = number(r, columns.get("count"));
                Double denominator = number(r, columns.get("denominator"));
                List<String> id = ids.stream().map(h -> r.isSet(h) ? r.get(h) : "").toList();
                try {
                    results.add(new AbstractMap.SimpleEntry<>(id, FromCounts.estimate(ci, count, denominator, scale, levels)));
                } catch (StatisticsException e) {
                    throw at(r, e.getMessage());
                }
            }
        }
        return StatsTable.of(ids, levels, results);
    }

    private interface BandMethod {
        Estimate of(List<org.wellbeing.stats.methods.AgeBandCount> bands);
    }

    private StatsTable standardised(List<ConfidenceLevel> levels, BandMethod calc) throws IOException {
        List<AgeBandedCounts> groups;
        try {
            groups = AgeBandedCountsReader.read(file);
        } catch (ReadException e) {
            var first = e.errors().get(0);
            throw new IllegalArgumentException(file + ": line " + first.line() + ": "
                    + (first.column() == null ? "" : "column '" + first.column() + "': ") + first.message()
                    + (e.errors().size() > 1 ? " (and " + (e.errors().size() - 1) + " more)" : ""));
        }
        List<Map.Entry<List<String>, Estimate>> results = new ArrayList<>();
        for (AgeBandedCounts g : groups) {
            try {
                results.add(new AbstractMap.SimpleEntry<>(List.of(g.areaCode(), g.indicatorId(), g.period()), calc.of(g.bands())));
            } catch (StatisticsException e) {
                throw new IllegalArgumentException(file + ": " + g.areaCode() + " " + g.indicatorId() + " " + g.period()
                        + " (from line " + (g.firstRow() + 1) + "): " + e.getMessage());
            }
        }
        return StatsTable.of(List.of("area_code", "indicator_id", "period"), levels, results);
    }

    private List<ReferenceBand> reference() throws IOException {
        if (reference == null) throw new IllegalArgumentException("--method isr-rate and isr-ratio need --reference FILE");
        if (!Files.isRegularFile(reference)) throw new IllegalArgumentException(reference + ": no such file");
        List<ReferenceBand> bands = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(reference, StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
            Map<String, String> columns = columns(parser, List.of("age_band", "count", "population"), reference);
            for (CSVRecord r : parser) {
                Double count = number(r, columns.get("count"), reference);
                Double population = number(r, columns.get("population"), reference);
                if (count == null || population == null) throw at(r, "count and population are both needed", reference);
                try {
                    bands.add(new ReferenceBand(r.get(columns.get("age_band")).strip(), count, population));
                } catch (StatisticsException e) {
                    throw at(r, e.getMessage(), reference);
                }
            }
        }
        return bands;
    }

    /** ESP 2013, or the file given with --standard: one row per age band, its first age and weight. */
    private StandardPopulation standardPopulation() throws IOException {
        if (standard == null) return StandardPopulation.ESP_2013;
        if (!Files.isRegularFile(standard)) throw new IllegalArgumentException(standard + ": no such file");
        List<StandardPopulation.Band> bands = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(standard, StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
            Map<String, String> columns = columns(parser, List.of("age_band", "population"), standard);
            for (CSVRecord r : parser) {
                Double weight = number(r, columns.get("population"), standard);
                if (weight == null || weight < 0) throw at(r, "population must be 0 or more", standard);
                try {
                    bands.add(new StandardPopulation.Band(StandardPopulation.firstAgeOf(r.get(columns.get("age_band"))), weight));
                } catch (StatisticsException e) {
                    throw at(r, e.getMessage(), standard);
                }
            }
        }
        if (bands.isEmpty()) throw new IllegalArgumentException(standard + ": no age bands");
        return new StandardPopulation(standard.getFileName().toString(), bands);
    }

    private StatsTable means(List<ConfidenceLevel> levels) throws IOException {
        Map<String, List<Double>> byArea = new LinkedHashMap<>();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
            Map<String, String> columns = columns(parser, List.of("area_code", "value"));
            for (CSVRecord r : parser) {
                byArea.computeIfAbsent(r.get(columns.get("area_code")).strip(), a -> new ArrayList<>())
                        .add(number(r, columns.get("value")));
            }
        }
        List<Map.Entry<List<String>, Estimate>> results = new ArrayList<>();
        byArea.forEach((area, values) -> results.add(new AbstractMap.SimpleEntry<>(List.of(area), Means.of(values, levels))));
        return StatsTable.of(List.of("area_code"), levels, results);
    }

    private Map<String, String> columns(CSVParser parser, List<String> required) {
        return columns(parser, required, file);
    }

    /** Required columns by name (case and surrounding space ignored) to their name as written. */
    private static Map<String, String> columns(CSVParser parser, List<String> required, Path file) {
        Map<String, String> found = new LinkedHashMap<>();
        for (String h : parser.getHeaderNames()) found.put(h.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT), h);
        List<String> missing = required.stream().filter(c -> !found.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException(file + ": line 1: missing required columns: " + String.join(", ", missing));
        }
        return found;
    }

    private Double number(CSVRecord r, String column) {
        return number(r, column, file);
    }

    private static Double number(CSVRecord r, String column, Path file) {
        String t = r.isSet(column) ? r.get(column).strip() : "";
        if (t.isEmpty()) return null;
        try {
            double d = Double.parseDouble(t);
            if (Double.isFinite(d)) return d;
        } catch (NumberFormatException e) {
            // reported below
        }
        throw at(r, "column '" + column + "': not a number: '" + t + "'", file);
    }

    private IllegalArgumentException at(CSVRecord r, String message) {
        return at(r, message, file);
    }

    /** "FILE: line N: message", N as an editor counts (header = line 1). */
    private static IllegalArgumentException at(CSVRecord r, String message, Path file) {
        return new IllegalArgumentException(file + ": line " + (r.getRecordNumber() + 1) + ": " + message);
    }
}
