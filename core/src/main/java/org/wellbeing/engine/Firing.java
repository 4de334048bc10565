package org.wellbeing.engine;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One rule firing: which rule (its stable id and its title), where it is written, the facts it matched and
 * the facts it inserted. Matched facts include the thresholds in force, because rules match on them.
 *
 * <p>Compact on purpose: a batch of 317 areas fires about 1.5 million times and keeps every firing for
 * explain and the audit trace. The rule's id, title and place are one object shared by all its firings, and
 * the facts are kept in plain arrays, read through unmodifiable lists made on each call.
 */
public final class Firing {
    private static final Object[] NONE = new Object[0];

    /** What is the same for every firing of a rule: its id, title and where it is written. */
    record Written(String ruleId, String rule, String file, int line) {}

    private int sequence; // set once more by renumber, before the evaluation is handed out
    private final Written written;
    private final Object[] matched;
    // Most firings insert one fact: it is kept without an array of its own (about 24 bytes a firing).
    private final Object insertedOne;
    private final Object[] inserted;

    Firing(int sequence, Written written, Object[] matched, Object[] inserted, int insertedCount) {
        this.sequence = sequence;
        this.written = written;
        this.matched = matched.length == 0 ? NONE : matched;
        this.insertedOne = insertedCount == 1 ? inserted[0] : null;
        this.inserted = insertedCount == 0 ? NONE : insertedCount == 1 ? null : Arrays.copyOf(inserted, insertedCount);
    }

    public int sequence() {
        return sequence;
    }

    public String ruleId() {
        return written.ruleId();
    }

    public String rule() {
        return written.rule();
    }

    public String file() {
        return written.file();
    }

    public int line() {
        return written.line();
    }

    public List<Object> matched() {
        return Collections.unmodifiableList(Arrays.asList(matched));
    }

    public List<Object> inserted() {
        return inserted == null ? List.of(insertedOne) : Collections.unmodifiableList(Arrays.asList(inserted));
    }

    /**
     * Numbers the firing again, in place: the firings of several sessions are numbered in one sequence once
     * all have run. In place because a copy of each firing would double a batch's trace while it is made.
     */
    void renumber(int sequence) {
        this.sequence = sequence;
    }

    private Object[] insertedArray() {
        return inserted == null ? new Object[] {insertedOne} : inserted;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Firing f && sequence == f.sequence && written.equals(f.written)
                && Arrays.equals(matched, f.matched) && Arrays.equals(insertedArray(), f.insertedArray());
    }

    @Override
    public int hashCode() {
        return Objects.hash(sequence, written, Arrays.hashCode(matched), Arrays.hashCode(insertedArray()));
    }

    @Override
    public String toString() {
        return "Firing[sequence=" + sequence + ", ruleId=" + ruleId() + ", rule=" + rule() + ", file=" + file()
                + ", line=" + line() + ", matched=" + matched() + ", inserted=" + inserted() + "]";
    }
}
