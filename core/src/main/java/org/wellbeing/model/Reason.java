package org.wellbeing.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Why a rule derived a fact, kept as the rule's sentence with its blanks and the values that fill them, and
 * written out only when someone reads it. A batch derives millions of facts and reads few of their reasons, so
 * a consequence names the sentence and the values instead of formatting numbers into text on every firing.
 *
 * <p>A value class rather than a record so that the values stay in the array the consequence passed, with no
 * list around it: a batch of 317 areas keeps about 800,000 reasons. Equal when sentence and values are.
 */
public final class Reason {
    private static final Object[] NONE = new Object[0];

    private final String sentence;
    private final Object[] values;

    private Reason(String sentence, Object[] values) {
        this.sentence = sentence;
        this.values = values;
    }

    /**
     * @param sentence a {@link String#format} pattern, e.g. {@code "goal met: %s is at or above the upper goal %s"}
     * @param values   what fills its blanks, in order; may hold nulls and other reasons
     */
    public static Reason of(String sentence, Object... values) {
        return new Reason(sentence, values.length == 0 ? NONE : values);
    }

    public String sentence() {
        return sentence;
    }

    /** The values, read only; printed as a list ("[a, b]"), as the trace digest has always written them. */
    public List<Object> values() {
        return Collections.unmodifiableList(Arrays.asList(values));
    }

    /**
     * The sentence as a reader sees it: {@link String#format} of the sentence and values. A sentence whose only
     * blanks are {@code %s} (and whose only other {@code %} is {@code %%}) is filled in directly, with the same
     * text: each value's {@code String.valueOf}. Formatting is most of what writing a trace costs.
     */
    public String text() {
        if (values.length == 0) {
            return sentence;
        }
        StringBuilder text = new StringBuilder(sentence.length() + 16 * values.length);
        int next = 0;
        for (int i = 0; i < sentence.length(); i++) {
            char c = sentence.charAt(i);
            if (c != '%') {
                text.append(c);
            } else if (i + 1 < sentence.length() && sentence.charAt(i + 1) == '%') {
                text.append('%');
                i++;
            } else if (i + 1 < sentence.length() && sentence.charAt(i + 1) == 's' && next < values.length
                    && !(values[next] instanceof java.util.Formattable)) {
                text.append(values[next++]);
                i++;
            } else {
                return String.format(sentence, values); // widths, precisions, %n, ...: the formatter's own
            }
        }
        return text.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Reason r && sentence.equals(r.sentence) && Arrays.equals(values, r.values);
    }

    @Override
    public int hashCode() {
        return 31 * sentence.hashCode() + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return text();
    }
}
