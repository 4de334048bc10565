package org.wellbeing.io.out;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.wellbeing.engine.Evaluation;
import org.wellbeing.model.Facts;
import org.wellbeing.engine.Firing;
import org.wellbeing.model.Reason;

/**
 * A digest of an evaluation's full trace, so that a trace rebuilt later by replay can be shown to be the one
 * that was answered. Facts are numbered as the trace document numbers them ({@link EvaluationDocument}): the
 * inputs in order from 0, then each other fact where a firing first matches or inserts it.
 *
 * <p>SHA-256 over UTF-8 lines: {@code inputs <count> <input digest>}; then per firing
 * {@code firing <sequence> <rule id> <rule> <file>:<line> matched <refs> inserted <refs>} (refs comma-separated), each
 * preceded by {@code fact <ref> <type> <text>} for every fact the firing brings in first ({@code text} is the
 * fact's {@code toString()}, see {@link #text}). Inputs are covered by the input digest.
 *
 * @param factCount the facts the trace document holds (inputs and derived)
 */
public record TraceDigest(String digest, int factCount) {

    public static TraceDigest of(Evaluation e, Facts input) {
        MessageDigest sha = sha256();
        List<Object> inputs = input.all();
        Map<Object, Integer> refs = new IdentityHashMap<>(inputs.size() + e.firings().size() * 2);
        for (Object f : inputs) {
            refs.putIfAbsent(f, refs.size());
        }
        StringBuilder text = new StringBuilder(4096);
        text.append("inputs ").append(inputs.size()).append(' ').append(e.inputDigest()).append('\n');
        StringBuilder line = new StringBuilder(256);
        for (Firing f : e.firings()) {
            line.setLength(0);
            line.append("firing ").append(f.sequence()).append(' ').append(f.ruleId()).append(' ').append(f.rule()).append(' ')
                    .append(f.file()).append(':').append(f.line()).append(" matched ");
            refs(f.matched(), refs, line, text);
            line.append(" inserted ");
            refs(f.inserted(), refs, line, text);
            text.append(line).append('\n');
            if (text.length() > 32_768) {
                flush(sha, text);
            }
        }
        flush(sha, text);
        return new TraceDigest(HexFormat.of().formatHex(sha.digest()), refs.size());
    }

    private static void refs(List<Object> facts, Map<Object, Integer> refs, StringBuilder line, StringBuilder text) {
        boolean first = true;
        for (Object fact : facts) {
            if (!EvaluationDocument.isFact(fact)) {
                continue;
            }
            Integer ref = refs.get(fact);
            if (ref == null) {
                ref = refs.size();
                refs.put(fact, ref);
                text.append("fact ").append(ref).append(' ').append(fact.getClass().getSimpleName()).append(' ');
                text(fact, text);
                text.append('\n');
            }
            if (!first) {
                line.append(',');
            }
            line.append(ref);
            first = false;
        }
    }

    /**
     * A fact's text: its {@code toString()}, which is what digests stored so far were made from, so it must not
     * change. For a record whose {@code toString()} is the one Java writes for it, the same text is made here from
     * the components without the {@code String.format} that Java 17 records use for it (a profile of the service
     * showed that formatting as most of this digest's cost); a reason inside is written by its own quicker
     * {@link Reason#text()}. For an array (what an accumulate matches), its elements' texts.
     */
    static void text(Object fact, StringBuilder out) {
        if (fact instanceof Object[] array) {
            out.append(Arrays.deepToString(array));
            return;
        }
        Components components = fact == null ? null : COMPONENTS.get(fact.getClass());
        if (components == null) {
            out.append(fact);
            return;
        }
        out.append(fact.getClass().getSimpleName()).append('[');
        for (int i = 0; i < components.names().length; i++) {
            if (i > 0) {
                out.append(", ");
            }
            out.append(components.names()[i]).append('=');
            Object value;
            try {
                value = components.accessors()[i].invoke(fact);
            } catch (Throwable e) {
                throw new IllegalStateException("cannot read " + components.names()[i] + " of " + fact.getClass(), e);
            }
            if (value instanceof Reason r) {
                out.append(r.text());
            } else if (value != null && COMPONENTS.get(value.getClass()) != null) {
                text(value, out);
            } else {
                out.append(value);
            }
        }
        out.append(']');
    }

    /** A record's component names and accessors; none for other classes and records with a toString of their own. */
    private record Components(String[] names, MethodHandle[] accessors) {}

    /**
     * Records whose {@code toString()} is Java's own: javac declares it {@code final}, a hand-written one in this
     * code base is not ({@code TraceDigestTest} checks both, and that the texts agree).
     */
    private static final ClassValue<Components> COMPONENTS = new ClassValue<>() {
        @Override
        protected Components computeValue(Class<?> type) {
            if (!type.isRecord() || !javaWrittenToString(type)) {
                return null;
            }
            RecordComponent[] components = type.getRecordComponents();
            String[] names = new String[components.length];
            MethodHandle[] accessors = new MethodHandle[components.length];
            try {
                for (int i = 0; i < components.length; i++) {
                    names[i] = components[i].getName();
                    accessors[i] = MethodHandles.publicLookup().unreflect(components[i].getAccessor());
                }
            } catch (IllegalAccessException e) {
                return null;
            }
            return new Components(names, accessors);
        }
    };

    static boolean javaWrittenToString(Class<?> record) {
        try {
            return Modifier.isFinal(record.getDeclaredMethod("toString").getModifiers());
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    private static void flush(MessageDigest sha, StringBuilder text) {
        sha.update(text.toString().getBytes(StandardCharsets.UTF_8));
        text.setLength(0);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
