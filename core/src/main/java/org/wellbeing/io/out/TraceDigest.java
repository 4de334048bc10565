package org.wellbeing.io.out;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.wellbeing.engine.Evaluation;
import org.wellbeing.model.Facts;
import org.wellbeing.engine.Firing;
import org.wellbeing.model.Benchmark;
import org.wellbeing.model.Indicator;
import org.wellbeing.model.Observation;
import org.wellbeing.model.Reason;

/**
 * A digest of an evaluation's full trace, so that a trace rebuilt later by replay can be shown to be the one
 * that was answered. Facts are numbered as the trace document numbers them ({@link EvaluationDocument}): the
 * inputs in order from 0, then each other fact where a firing first matches or inserts it.
 *
 * <p>SHA-256 over UTF-8 lines: {@code inputs <count> <input digest>}; then per firing
 * {@code firing <sequence> <rule id> <rule> <file>:<line> matched <refs> inserted <refs>} (refs comma-separated), each
 * preceded by {@code fact <ref> <type> <text>} for every fact the firing brings in first ({@code text} is the
 * fact's text, see {@link #text}). Inputs are covered by the input digest.
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
     * A fact's text: for a record, its components as {@code Type[name=value, ...]} (the text a record's own
     * {@code toString()} gives for plain values, made without the {@code String.format} Java 17 records use: a profile of the
     * service showed it as most of this digest's cost), for an array (what an accumulate matches) its elements'
     * texts, otherwise its {@code toString()}.
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
            try {
                component(components.accessors()[i].invoke(fact), out);
            } catch (Throwable e) {
                throw new IllegalStateException("cannot read " + components.names()[i] + " of " + fact.getClass(), e);
            }
        }
        out.append(']');
    }

    /**
     * A component's text: an input fact it points at (an indicator, observation or benchmark, covered by the input
     * digest) by its key, a reason by its sentence and values (the text it makes from them is then the same).
     */
    private static void component(Object value, StringBuilder out) {
        if (value instanceof Reason r) {
            out.append("Reason[").append(r.sentence()).append(", ").append(r.values()).append(']');
        } else if (value instanceof Indicator i) {
            out.append("Indicator ").append(i.id());
        } else if (value instanceof Observation o) {
            out.append("Observation ").append(o.key());
        } else if (value instanceof Benchmark b) {
            out.append("Benchmark ").append(b.observationKey()).append(' ').append(b.comparator());
        } else {
            out.append(value);
        }
    }

    /** A record's component names and accessors; none for other classes and records with a toString of their own. */
    private record Components(String[] names, MethodHandle[] accessors) {}

    private static final ClassValue<Components> COMPONENTS = new ClassValue<>() {
        @Override
        protected Components computeValue(Class<?> type) {
            if (!type.isRecord() || Arrays.stream(type.getDeclaredMethods())
                    .anyMatch(m -> m.getName().equals("toString") && m.getParameterCount() == 0)) {
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
