package org.wellbeing.io.out;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * One rule firing as written into an evaluation document: the rule (its title, and its stable id; null in
 * documents written before rules had ids), where it is written, and the facts it matched and inserted, as
 * {@link FactEntry#ref()} numbers into the document's facts.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FiringEntry(int sequence, String rule, String file, int line, List<Integer> matched,
                          List<Integer> inserted, String ruleId) {

    public FiringEntry {
        matched = List.copyOf(matched);
        inserted = List.copyOf(inserted);
    }

    public FiringEntry(int sequence, String rule, String file, int line, List<Integer> matched, List<Integer> inserted) {
        this(sequence, rule, file, line, matched, inserted, null);
    }

    /** {@code file:line}, as rule problems and ratings show it. */
    public String location() {
        return file + ":" + line;
    }
}
