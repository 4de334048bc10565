package org.wellbeing.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.wellbeing.io.out.EvaluationDocument;
import org.wellbeing.io.out.FactEntry;
import org.wellbeing.model.Benchmark;
import org.wellbeing.model.Comparator;
import org.wellbeing.model.ComparisonMethod;
import org.wellbeing.model.Indicator;
import org.wellbeing.model.Method;
import org.wellbeing.model.Observation;
import org.wellbeing.model.Outcome;
import org.wellbeing.model.Polarity;
import org.wellbeing.model.Rating;
import org.wellbeing.model.ValueType;

/** The spine chart's mechanics: range and percentiles of the areas of one level, and which end is better. */
class SpineChartTest {
    static final String INDICATOR = "i1";

    /** England 3; five local areas valued 1 to 5 (each with a region); the region itself valued 9. */
    static EvaluationDocument document(Polarity polarity) {
        List<Object> inputs = new ArrayList<>();
        inputs.add(new Indicator(INDICATOR, "Indicator one", "percent", ValueType.PROPORTION, polarity, "test", List.of(),
                ComparisonMethod.values()[0], null, "test"));
        inputs.add(observation("E92000001", 3.0));
        inputs.add(new Benchmark(key("E92000001"), Comparator.ENGLAND, null, null, null, "the area is England itself"));
        Observation region = observation("E12000001", 9.0);
        inputs.add(region);
        inputs.add(new Benchmark(region.key(), Comparator.ENGLAND, 3.0, null, null, "England"));
        for (int v = 1; v <= 5; v++) {
            Observation o = observation("A" + v, (double) v);
            inputs.add(o);
            inputs.add(new Benchmark(o.key(), Comparator.ENGLAND, 3.0, null, null, "England"));
            inputs.add(new Benchmark(o.key(), Comparator.REGION, 9.0, null, null, "E12000001"));
        }
        List<FactEntry> facts = new ArrayList<>();
        inputs.forEach(f -> facts.add(FactEntry.of(facts.size(), f, true)));
        Observation a4 = observation("A4", 4.0);
        facts.add(FactEntry.of(facts.size(), Rating.of(a4, Comparator.ENGLAND,
                polarity == Polarity.LOW_IS_GOOD ? Outcome.RED : Outcome.GREEN, Method.TOLERANCE, 3.0, org.wellbeing.model.Reason.of("test")), false));
        return new EvaluationDocument(1, "e1", "2026-01-01T00:00:00Z", "v", "d", "test", null, List.of("2020"),
                List.of(), List.of(), facts, List.of(), null);
    }

    static Observation observation(String area, Double value) {
        return new Observation(INDICATOR, area, "Area " + area, "2020", "2020", "", value, null, null, null, null, null,
                null, "");
    }

    static String key(String area) {
        return Observation.keyOf(INDICATOR, area, "2020", "");
    }

    @Test
    void an_areas_line_spans_the_areas_of_its_level_with_their_quartiles() {
        ChartData data = new ChartData(document(Polarity.HIGH_IS_GOOD));
        assertEquals("A1", data.defaultArea(), "the first area with a region");
        List<SpineRow> rows = data.spine("A4");
        assertEquals(1, rows.size());
        SpineRow r = rows.get(0);
        assertEquals(5, r.areas(), "England and the region are not among the local areas");
        assertEquals(1.0, r.min());
        assertEquals(2.0, r.q25());
        assertEquals(4.0, r.q75());
        assertEquals(5.0, r.max());
        assertEquals(3.0, r.england());
        assertEquals("GREEN", r.outcome());
    }

    @Test
    void the_better_end_is_on_the_right_whichever_way_the_indicator_points() {
        double centre = centreOf(SpineChart.svg("A4", new ChartData(document(Polarity.HIGH_IS_GOOD)).spine("A4"), "s"));
        String high = SpineChart.svg("A4", new ChartData(document(Polarity.HIGH_IS_GOOD)).spine("A4"), "s");
        String low = SpineChart.svg("A4", new ChartData(document(Polarity.LOW_IS_GOOD)).spine("A4"), "s");
        assertTrue(markerX(high) > centre, "4 above England 3, high is good: right of the centre");
        assertTrue(markerX(low) < centre, "4 above England 3, low is good: left of the centre");
        assertTrue(high.contains("GREEN (better)") && low.contains("RED (worse)"), "the rating in words");
        assertTrue(high.contains("<polygon") && low.contains("<polygon"), "triangles up and down, not colour alone");
    }

    private static double centreOf(String svg) {
        Matcher m = Pattern.compile("<line x1=\"([0-9.]+)\" x2=\"\\1\" y1=\"[0-9.]+\" y2=\"[0-9.]+\" stroke=\"#0B0C0C\" stroke-width=\"2\"").matcher(svg);
        assertTrue(m.find(), svg);
        return Double.parseDouble(m.group(1));
    }

    private static double markerX(String svg) {
        Matcher m = Pattern.compile("<polygon points=\"([0-9.]+),").matcher(svg);
        assertTrue(m.find(), svg);
        return Double.parseDouble(m.group(1));
    }
}
