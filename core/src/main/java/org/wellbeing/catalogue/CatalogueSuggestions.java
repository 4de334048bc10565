package org.wellbeing.catalogue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.wellbeing.io.fingertips.FingertipsRow;
import org.wellbeing.model.ComparisonMethod;
import org.wellbeing.model.Polarity;
import org.wellbeing.model.ValueType;

/**
 * Catalogue rows proposed for the indicators of a Fingertips download that a catalogue lacks. The polarity is read
 * from the file's own labels: a Better or Worse label on a value above or below its benchmark says which way is
 * good; Higher and Lower labels alone say the indicator is not judged (NO_JUDGEMENT). Value type, unit and
 * comparison method are guessed from the name and the columns filled in. Every row is marked for review in its
 * {@code polarity_source}: it is a proposal, not a decision.
 */
public final class CatalogueSuggestions {
    public static final String REVIEW = "REVIEW";

    /** One proposed catalogue row, in the catalogue's columns. */
    public record Suggestion(String id, String name, String unit, ValueType valueType, Polarity polarity,
                             String polaritySource, ComparisonMethod comparisonMethod, String source) {
        /** The cells under {@code columns} (a catalogue's header); columns it has no value for are left empty. */
        public List<Object> cells(List<String> columns) {
            Map<String, Object> values = Map.of("id", id, "name", name, "unit", unit, "value_type", valueType.name(),
                    "polarity", polarity.name(), "polarity_source", polaritySource,
                    "comparison_method", comparisonMethod.name(), "source", source);
            return columns.stream().map(c -> values.getOrDefault(c, "")).toList();
        }
    }

    private CatalogueSuggestions() {}

    /** A row for each indicator of {@code rows} whose id is not in {@code known}, in the order the file gives them. */
    public static List<Suggestion> suggest(List<FingertipsRow> rows, Set<String> known, String fileName) {
        Map<String, List<FingertipsRow>> byIndicator = new LinkedHashMap<>();
        for (FingertipsRow r : rows) {
            if (!known.contains(r.indicatorId())) {
                byIndicator.computeIfAbsent(r.indicatorId(), k -> new ArrayList<>()).add(r);
            }
        }
        Map<String, FingertipsRow> byArea = new HashMap<>();
        rows.forEach(r -> byArea.putIfAbsent(key(r.indicatorId(), r.areaCode(), r), r));
        List<Suggestion> suggestions = new ArrayList<>();
        byIndicator.forEach((id, own) -> suggestions.add(suggestion(id, own, byArea, fileName)));
        return suggestions;
    }

    private static Suggestion suggestion(String id, List<FingertipsRow> rows, Map<String, FingertipsRow> byArea,
                                         String fileName) {
        Votes votes = new Votes();
        for (FingertipsRow r : rows) {
            if (!r.isEngland()) {
                FingertipsRow england = byArea.get(key(r.indicatorId(), FingertipsRow.ENGLAND, r));
                votes.count(r.comparedToEngland(), r.value(), england == null ? null : england.value());
            }
            if (!r.parentCode().isEmpty()) {
                FingertipsRow parent = byArea.get(key(r.indicatorId(), r.parentCode(), r));
                votes.count(r.comparedToRegion(), r.value(), parent == null ? null : parent.value());
            }
        }
        String name = rows.get(0).indicatorName();
        ValueType type = valueType(name);
        boolean hasIntervals = rows.stream().anyMatch(r -> r.lower95() != null && r.upper95() != null);
        boolean compared = rows.stream().anyMatch(r -> votes.isLabel(r.comparedToEngland())
                || votes.isLabel(r.comparedToRegion()));
        ComparisonMethod method = hasIntervals && compared ? ComparisonMethod.CONFIDENCE_INTERVALS
                : ComparisonMethod.NOT_COMPARED;
        return new Suggestion(id, name, unit(name, type), type, votes.polarity(), votes.explain(fileName), method,
                "OHID Fingertips, " + fileName + "; proposed by catalogue suggest");
    }

    /** The file's labels on values above and below their benchmarks. */
    private static final class Votes {
        int highIsGood;
        int lowIsGood;
        int higherOrLower;

        boolean isLabel(String label) {
            return switch (label.toLowerCase(Locale.ROOT)) {
                case "better", "worse", "higher", "lower", "similar" -> true;
                default -> false;
            };
        }

        void count(String label, Double value, Double benchmark) {
            String l = label.toLowerCase(Locale.ROOT);
            if (l.equals("higher") || l.equals("lower")) {
                higherOrLower++;
                return;
            }
            if (!(l.equals("better") || l.equals("worse")) || value == null || benchmark == null
                    || value.equals(benchmark)) {
                return;
            }
            boolean above = value > benchmark;
            boolean better = l.equals("better");
            if (above == better) highIsGood++;
            else lowIsGood++;
        }

        Polarity polarity() {
            if (highIsGood == 0 && lowIsGood == 0) return Polarity.NO_JUDGEMENT;
            return highIsGood >= lowIsGood ? Polarity.HIGH_IS_GOOD : Polarity.LOW_IS_GOOD;
        }

        String explain(String fileName) {
            String from = REVIEW + ": inferred from " + fileName + ": ";
            if (highIsGood > 0 && lowIsGood > 0) {
                return from + "labels disagree: Better/Worse say high is good on " + highIsGood
                        + " values and low is good on " + lowIsGood + "; check the indicator's definition";
            }
            if (highIsGood > 0) {
                return from + "Better above the benchmark or Worse below it on all " + highIsGood + " labelled values";
            }
            if (lowIsGood > 0) {
                return from + "Better below the benchmark or Worse above it on all " + lowIsGood + " labelled values";
            }
            if (higherOrLower > 0) {
                return from + "labels Higher/Lower only (" + higherOrLower + " values), so no polarity";
            }
            return from + "no Better/Worse or Higher/Lower label, so no polarity is proven";
        }
    }

    static ValueType valueType(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.contains("directly standardised") || n.contains("dsr")) return ValueType.DIRECTLY_STANDARDISED_RATE;
        if (n.contains("%") || n.startsWith("percentage") || n.startsWith("proportion")) return ValueType.PROPORTION;
        if (n.contains("rate")) return ValueType.CRUDE_RATE;
        if (n.contains("life expectancy")) return ValueType.MEAN;
        if (n.contains("score")) return ValueType.SCORE;
        return ValueType.OTHER;
    }

    static String unit(String name, ValueType type) {
        if (type == ValueType.PROPORTION) return "%";
        if (name.contains("100,000")) return "per 100,000";
        if (name.contains("1,000")) return "per 1,000";
        if (type == ValueType.MEAN && name.toLowerCase(Locale.ROOT).contains("life expectancy")) return "years";
        return "";
    }

    private static String key(String indicatorId, String areaCode, FingertipsRow r) {
        return indicatorId + "|" + areaCode + "|" + r.timePeriod() + "|" + r.breakdown();
    }
}
