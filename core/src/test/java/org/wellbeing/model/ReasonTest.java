package org.wellbeing.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A reason's text is String.format of its sentence and values, whichever way it is made. */
class ReasonTest {

    @Test
    void a_sentence_without_values_is_written_as_it_stands() {
        assertEquals("100%% sure", Reason.of("100%% sure").text());
    }

    @Test
    void text_is_what_string_format_makes() {
        Reason inner = Reason.of("%s %s lies inside the 95%% CI %s to %s", "England", 12.5, 10.0, null);
        List<Reason> reasons = List.of(
                Reason.of("100%% sure of %s", "it"),
                inner,
                Reason.of("similar; %s", inner),
                Reason.of("%s", (Object) null),
                Reason.of("a change of %+.1f%% against %s", 3.25, "England"),
                Reason.of("%.2f per %s%n", 1.0 / 3, 1000),
                Reason.of("more values than blanks: %s", 1, 2));
        for (Reason r : reasons) {
            assertEquals(String.format(r.sentence(), r.values().toArray()), r.text(), r.sentence());
        }
    }

    @Test
    void too_few_values_fail_as_string_format_does() {
        assertThrows(java.util.MissingFormatArgumentException.class, () -> Reason.of("%s and %s", 1).text());
    }

    @Test
    void equal_when_sentence_and_values_are() {
        assertEquals(Reason.of("%s of %s", 1, "x"), Reason.of("%s of %s", 1, "x"));
        assertEquals(Reason.of("%s of %s", 1, "x").hashCode(), Reason.of("%s of %s", 1, "x").hashCode());
        assertNotEquals(Reason.of("%s of %s", 1, "x"), Reason.of("%s of %s", 2, "x"));
        assertEquals("[1, x]", Reason.of("%s of %s", 1, "x").values().toString());
    }
}
