package org.wellbeing.io.out;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wellbeing.model.Benchmark;
import org.wellbeing.model.Comparator;
import org.wellbeing.model.Goal;
import org.wellbeing.model.Threshold;

/** The text a fact enters the trace digest with is its record text, made without String.format. */
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
    void an_array_from_an_accumulate_is_written_element_by_element() {
        StringBuilder text = new StringBuilder();
        TraceDigest.text(new Object[] {1L, new Threshold("x", 1.0, "%")}, text);
        assertEquals("[1, Threshold[name=x, value=1.0, unit=%]]", text.toString());
    }
}
