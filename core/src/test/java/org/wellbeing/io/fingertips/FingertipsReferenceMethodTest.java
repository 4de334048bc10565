package org.wellbeing.io.fingertips;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wellbeing.io.CatalogueReader;
import org.wellbeing.model.Benchmark;
import org.wellbeing.model.Comparator;
import org.wellbeing.model.ComparisonMethod;
import org.wellbeing.model.Indicator;
import org.wellbeing.model.Observation;
import org.wellbeing.model.Polarity;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.*;
import static org.wellbeing.io.fingertips.SharedFingertips.*;

/**
 * A check of the data model and the Fingertips catalogue, not of the rules: the decision procedure
 * the comparison rules must encode, written here in plain Java, has to reproduce every official
 * England and Region label (Better, Similar, Worse, Higher, Lower, Not compared) of the four shared
 * "all data" downloads from the facts the converter makes and the catalogue's polarity and method.
 * It also checks that the catalogue covers every indicator of the shared files and that every
 * official trend label agrees with the catalogue's polarity.
 * <p>The procedure, first match wins (step 0 is the converter's: England's whole-population rows
 * are benchmarks and get no observation):
 * <ol>
 * <li>the indicator's comparison method is NOT_COMPARED: Not compared;</li>
 * <li>the observation has no value: Not compared;</li>
 * <li>the benchmark has no value (no England row; region: no parent row, the area is a region,
 *     or the observation is one of England's categories): Not compared;</li>
 * <li>the observation has no 95% CI: Not compared (never a tolerance band for Fingertips data);</li>
 * <li>lower95 &lt;= benchmark &lt;= upper95: Similar;</li>
 * <li>otherwise by polarity: NO_JUDGEMENT Higher/Lower, else Better/Worse by the good direction.</li>
 * </ol>
 */
class FingertipsReferenceMethodTest {

    static final Set<String> COMPARISON_LABELS = Set.of("Better", "Similar", "Worse", "Higher", "Lower", "Not compared");

    static Map<String, Indicator> catalogue;

    @BeforeAll
    static void readCatalogue() throws IOException {
        catalogue = CatalogueReader.read(catalogue()).stream()
                .collect(Collectors.toMap(Indicator::id, Function.identity()));
    }

    /** An official label and the step of the procedure that reproduces it. */
    record Decision(String label, String step) {}

    /** The procedure, in order. */
    static Decision decide(Indicator indicator, Observation o, Benchmark b) {
        if (indicator.comparisonMethod() == ComparisonMethod.NOT_COMPARED) {
            return new Decision("Not compared", "1 indicator not compared");
        }
        if (o.value() == null) return new Decision("Not compared", "2 no value");
        if (b.value() == null) return new Decision("Not compared", "3 no benchmark value");
        if (!o.hasCi95()) return new Decision("Not compared", "4 no 95% CI");
        double v = o.value();
        double bench = b.value();
        if (o.lower95() <= bench && bench <= o.upper95()) return new Decision("Similar", "5 benchmark inside the 95% CI");
        boolean higher = v > bench;
        String label = switch (indicator.polarity()) {
            case NO_JUDGEMENT -> higher ? "Higher" : "Lower";
            case HIGH_IS_GOOD -> higher ? "Better" : "Worse";
            case LOW_IS_GOOD -> higher ? "Worse" : "Better";
        };
        return new Decision(label, "6 outside the 95% CI, by polarity");
    }

    @Test
    void the_procedure_reproduces_every_official_england_and_region_label() throws IOException {
        Map<String, int[]> byStep = new TreeMap<>();       // step -> {reproduced, total}
        Map<String, int[]> byFile = new TreeMap<>();
        Set<String> notesDecidedByMissingCi = new TreeSet<>();
        Map<String, int[]> missingBenchmarkReasons = new TreeMap<>();
        List<String> mismatches = new ArrayList<>();
        for (String name : ALL_DATA_FILES) {
            List<FingertipsRow> rows = new FingertipsCsvReader().read(file(name)).rowsOrThrow();
            // England's own rows are observations with no England or region benchmark: step 3 says Not compared.
            FingertipsFacts facts = FingertipsConverter.convert(rows);
            for (Observation o : facts.observations()) {
                Indicator indicator = catalogue.get(o.indicatorId());
                assertNotNull(indicator, "indicator " + o.indicatorId() + " is not in the catalogue");
                OfficialLabels official = facts.labels(o.key()).orElseThrow();
                for (Comparator c : List.of(Comparator.ENGLAND, Comparator.REGION)) {
                    String label = c == Comparator.ENGLAND ? official.comparedToEngland() : official.comparedToRegion();
                    if (label.isEmpty()) continue;
                    assertTrue(COMPARISON_LABELS.contains(label), official.origin() + ": unknown label " + label);
                    Benchmark b = facts.benchmark(o.key(), c).orElseThrow();
                    Decision d = decide(indicator, o, b);
                    if (d.step().startsWith("3")) {
                        tally(missingBenchmarkReasons, c + ": " + b.source().replaceAll(" in \\S+\\.csv$", "")
                                .replaceAll("E1200000\\d", "E1200000x"), d.label().equals(label));
                    }
                    boolean same = d.label().equals(label);
                    tally(byStep, d.step(), same);
                    tally(byFile, name, same);
                    if (d.step().startsWith("4") && !o.note().isEmpty()) notesDecidedByMissingCi.add(o.note());
                    if (!same) mismatches.add(official.origin() + " " + c + ": official " + label + ", procedure "
                            + d.label() + " (" + d.step() + ")");
                }
            }
        }
        int reproduced = byFile.values().stream().mapToInt(t -> t[0]).sum();
        int total = byFile.values().stream().mapToInt(t -> t[1]).sum();
        System.out.println("Reference method: " + reproduced + " of " + total + " official labels reproduced");
        byFile.forEach((k, t) -> System.out.println("  " + k + ": " + t[0] + "/" + t[1]));
        byStep.forEach((k, t) -> System.out.println("  step " + k + ": " + t[0] + "/" + t[1]));
        missingBenchmarkReasons.forEach((k, t) -> System.out.println("    step 3, " + k + ": " + t[0] + "/" + t[1]));
        System.out.println("  value notes on rows decided by step 4: " + notesDecidedByMissingCi);

        assertEquals(List.of(), mismatches.stream().limit(20).toList());
        assertEquals(total, reproduced);
        assertEquals(5978, total, "every Better/Similar/Worse/Higher/Lower/Not compared label of the four files");
    }

    @Test
    void the_catalogue_covers_every_indicator_of_every_shared_file() throws IOException {
        Set<String> ids = new TreeSet<>();
        for (String name : ALL_DATA_FILES) {
            new FingertipsCsvReader().read(file(name)).rowsOrThrow().forEach(r -> ids.add(r.indicatorId()));
        }
        ids.addAll(trendLabelsOfFingertipsNext().keySet());

        assertEquals(Set.of(), ids.stream().filter(id -> !catalogue.containsKey(id)).collect(Collectors.toSet()));
        assertEquals(51, ids.size());
        assertEquals(ids, catalogue.keySet(), "the catalogue holds the shared files' indicators and nothing else");
    }

    @Test
    void every_official_trend_label_agrees_with_the_catalogue_polarity() throws IOException {
        Map<String, Set<String>> labels = trendLabelsOfFingertipsNext();
        for (String name : ALL_DATA_FILES) {
            for (FingertipsRow r : new FingertipsCsvReader().read(file(name)).rowsOrThrow()) {
                if (!r.recentTrend().isEmpty()) labels.computeIfAbsent(r.indicatorId(), k -> new TreeSet<>()).add(r.recentTrend());
            }
        }
        List<String> disagreements = new ArrayList<>();
        labels.forEach((id, set) -> {
            Polarity polarity = catalogue.get(id).polarity();
            for (String label : set) {
                Polarity implied = switch (label) {
                    case "Increasing and getting better", "Decreasing and getting worse" -> Polarity.HIGH_IS_GOOD;
                    case "Increasing and getting worse", "Decreasing and getting better" -> Polarity.LOW_IS_GOOD;
                    case "Increasing", "Decreasing" -> Polarity.NO_JUDGEMENT;
                    case "No significant change", "Cannot be calculated" -> polarity;
                    default -> throw new AssertionError(id + ": unknown trend label " + label);
                };
                if (implied != polarity) disagreements.add(id + " is " + polarity + " but has '" + label + "'");
            }
        });
        assertEquals(List.of(), disagreements);
    }

    @Test
    void a_polarity_marked_proven_is_backed_by_a_judgement_label_or_a_no_judgement_label() throws IOException {
        Set<String> backed = new TreeSet<>();
        trendLabelsOfFingertipsNext().forEach((id, set) -> {
            if (set.stream().anyMatch(l -> l.startsWith("Increasing") || l.startsWith("Decreasing"))) backed.add(id);
        });
        for (String name : ALL_DATA_FILES) {
            for (FingertipsRow r : new FingertipsCsvReader().read(file(name)).rowsOrThrow()) {
                boolean judged = Set.of("Better", "Worse", "Higher", "Lower").contains(r.comparedToEngland())
                        || Set.of("Better", "Worse", "Higher", "Lower").contains(r.comparedToRegion())
                        || r.recentTrend().startsWith("Increasing") || r.recentTrend().startsWith("Decreasing");
                if (judged) backed.add(r.indicatorId());
            }
        }
        Set<String> claimed = catalogue.values().stream().filter(i -> i.polaritySource().startsWith("proven"))
                .map(Indicator::id).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(backed, claimed);
    }

    /** Indicator id to the Trend labels it carries in the 15-column FingertipsNext extract. */
    static Map<String, Set<String>> trendLabelsOfFingertipsNext() throws IOException {
        Map<String, Set<String>> labels = new TreeMap<>();
        try (Reader in = Files.newBufferedReader(file(FINGERTIPSNEXT), StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
            String idColumn = parser.getHeaderNames().get(0);      // "IndicatorId" after a byte-order mark
            for (CSVRecord r : parser) {
                Set<String> set = labels.computeIfAbsent(r.get(idColumn), k -> new TreeSet<>());
                if (!r.get("Trend").isEmpty()) set.add(r.get("Trend"));
            }
        }
        return labels;
    }

    private static void tally(Map<String, int[]> counts, String key, boolean same) {
        int[] t = counts.computeIfAbsent(key, k -> new int[2]);
        if (same) t[0]++;
        t[1]++;
    }
}
