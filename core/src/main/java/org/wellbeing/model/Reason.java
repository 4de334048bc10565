package org.wellbeing.model;

import java.util.Arrays;
import java.util.List;

/**
 * Why a rule derived a fact, kept as the rule's sentence with its blanks and the values that fill them, and
 * written out only when someone reads it. A batch derives millions of facts and reads few of their reasons, so
 * a consequence names the sentence and the values instead of formatting numbers into text on every firing.
 *
 * @param sentence a {@link String#format} pattern, e.g. {@code "goal met: %s is at or above the upper goal %s"}
 * @param values   what fills its blanks, in order; may hold nulls and other reasons
 */
public record Reason(String sentence, List<Object> values) {

    public static Reason of(String sentence, Object... values) {
        return new Reason(sentence, values.length == 0 ? List.of() : Arrays.asList(values));
    }

    /** The sentence as a reader sees it. */
    public String text() {
        return values.isEmpty() ? sentence : String.format(sentence, values.toArray());
    }

    @Override
    public String toString() {
        return text();
    }
}
