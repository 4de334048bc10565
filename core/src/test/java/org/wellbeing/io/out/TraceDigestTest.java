package org.wellbeing.io.out;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.wellbeing.engine.Evaluation;
import org.wellbeing.engine.Evaluator;
import org.wellbeing.engine.Firing;
import org.wellbeing.io.town.TownDatasetReader;
import org.wellbeing.model.Benchmark;
import org.wellbeing.model.Comparator;
import org.wellbeing.model.Facts;
import org.wellbeing.model.Goal;
import org.wellbeing.model.Threshold;
import org.wellbeing.testing.BundledRules;

/**
 * The text a fact enters the trace digest with is its {@code toString()}, as in every digest stored so far;
 * for records with Java's own toString it is made from the components without String.format.
 */
class TraceDigestTest {

    @Test
    void a_record_is_written_as_its_own_toString_writes_it() {
        for (Object fact : List.of(new Threshold("test.band", 10.0, "%"), new Goal(90.0, 95.0),
                new Benchmark("a|b|c|", Comparator.ENGLAND, null, 3, 16, "nearest neighbours"))) {
            StringBuilder text = new StringBuilder();
            TraceDigest.text(fact, text);
            assertEquals(fact.toString(), text.toString());
        }
    }

    @Test
    void every_fact_of_the_bundled_data_is_written_as_its_toString() throws IOException {
        Facts facts = TownDatasetReader.read(Path.of("data", "luton")).facts();
        Evaluation e = new Evaluator().evaluate(BundledRules.ruleBase(), facts);
        Map<Object, Boolean> seen = new IdentityHashMap<>();
        List<Object> all = new ArrayList<>(facts.all());
        for (Firing f : e.firings()) {
            all.addAll(f.matched());
            all.addAll(f.inserted());
        }
        int checked = 0;
        for (Object fact : all) {
            if (seen.put(fact, Boolean.TRUE) == null) {
                StringBuilder text = new StringBuilder();
                TraceDigest.text(fact, text);
                assertEquals(fact instanceof Object[] a ? java.util.Arrays.deepToString(a) : fact.toString(),
                        text.toString());
                checked++;
            }
        }
        assertTrue(checked > 1000, "checked " + checked + " facts");
    }

    @Test
    void a_hand_written_toString_is_told_from_the_one_java_writes() throws IOException {
        Path model = Path.of("core/src/main/java/org/wellbeing/model");
        if (!Files.isDirectory(model)) {
            model = Path.of("src/main/java/org/wellbeing/model"); // run from the module's directory
        }
        int records = 0;
        try (Stream<Path> sources = Files.list(model)) {
            for (Path source : sources.toList()) {
                String name = source.getFileName().toString().replace(".java", "");
                Class<?> type;
                try {
                    type = Class.forName("org.wellbeing.model." + name);
                } catch (ClassNotFoundException e) {
                    continue;
                }
                if (!type.isRecord()) {
                    continue;
                }
                records++;
                boolean handWritten = Files.readString(source).contains("String toString()");
                assertEquals(!handWritten, TraceDigest.javaWrittenToString(type), name);
            }
        }
        assertTrue(records > 20, records + " records");
        assertFalse(TraceDigest.javaWrittenToString(Benchmark.class));
        assertTrue(TraceDigest.javaWrittenToString(Threshold.class));
    }

    @Test
    void an_array_from_an_accumulate_is_written_element_by_element() {
        StringBuilder text = new StringBuilder();
        TraceDigest.text(new Object[] {1L, new Threshold("x", 1.0, "%")}, text);
        assertEquals("[1, Threshold[name=x, value=1.0, unit=%]]", text.toString());
    }
}
