package org.wellbeing.model;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

/** A benchmark's text is the record text Java gives, so input digests stay the same. */
class BenchmarkTest {

    @Test
    void its_text_is_the_record_text() {
        assertEquals("Benchmark[observationKey=a|E06000032|2022/23|, comparator=NEIGHBOURS, value=null, rank=3, "
                        + "rankOf=16, source=nearest neighbours]",
                new Benchmark("a|E06000032|2022/23|", Comparator.NEIGHBOURS, null, 3, 16, "nearest neighbours").toString());
        assertEquals("Benchmark[observationKey=k, comparator=ENGLAND, value=79.4, rank=null, rankOf=null, source=England]",
                new Benchmark("k", Comparator.ENGLAND, 79.4, null, null, "England").toString());
    }
}
