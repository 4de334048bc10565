package org.wellbeing.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.wellbeing.model.PublishedRating;
import org.wellbeing.io.town.PublishedRatingsReader;
import org.wellbeing.model.Comparator;
import org.wellbeing.model.Outcome;
import org.wellbeing.testing.Fixtures;
import org.wellbeing.testing.SharedFiles;

/** The published-ratings reader takes R, A, G or NA and refuses anything else by row and column. */
class PublishedRatingsReaderTest {

    @Test
    void whenAComparisonCodeIsNotRAGOrNA_thenTheFileIsRefusedNamingRowAndColumn() {
        // Given a file whose second row has cmp_region "Amber"
        // When it is read
        ReadException e = assertThrows(ReadException.class,
                () -> PublishedRatingsReader.read(Fixtures.path("town/published-bad-code.csv")));

        // Then that cell is reported, quoting the bad code
        assertEquals(List.of(new ReadError("published-bad-code.csv", 3, "cmp_region",
                "expected R, A, G or NA: 'Amber'")), e.errors());
    }

    @Test
    void theSharedPublishedRatingsAreRead() throws Exception {
        // Given the town's published 2021/22 ratings
        // When they are read
        List<PublishedRating> ratings =
                PublishedRatingsReader.read(SharedFiles.resolve("data", "luton-published-ratings-2021-22.csv"));

        // Then 33 rows, codes turned into outcomes
        assertEquals(33, ratings.size());
        assertEquals(new PublishedRating(2, "life-expectancy-male", "2018-20",
                Map.of(Comparator.ENGLAND, Outcome.RED, Comparator.REGION, Outcome.RED,
                        Comparator.NEIGHBOURS, Outcome.GREEN), "Comparable"), ratings.get(0));
    }
}
