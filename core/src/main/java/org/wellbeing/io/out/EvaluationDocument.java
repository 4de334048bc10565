package org.wellbeing.io.out;

import org.wellbeing.io.Json;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.ArrayList;
import java.util.Set;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.wellbeing.engine.CoverageProblem;
import org.wellbeing.engine.Evaluation;
import org.wellbeing.model.Facts;
import org.wellbeing.engine.Firing;
import org.wellbeing.model.TownArea;
import org.wellbeing.model.Observation;

/**
 * An evaluation as the audit store keeps it (its {@code payloadJson}) and the API serves it: the ratings,
 * each with the rule and file:line that gave it, the coverage problems, every fact (inputs and derived,
 * each once) and the firing trace pointing at them, so that it can be asked later why a rating fired,
 * on which data and with which thresholds.
 *
 * @param format  version of this layout, raised when fields change meaning
 * @param source  where the inputs came from ("bundled data data/luton", "JSON body", "CSV upload (town layout)")
 * @param periods the reporting periods evaluated
 * @param facts   every input fact, then every fact a firing matched or inserted, each once, numbered from 0
 * @param policyVersion the rule files and catalogue it ran on ({@link CompactRecord}); null in documents stored
 *                      before policy versions, which name the rule set only
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EvaluationDocument(
        int format,
        String id,
        String createdAt,
        String ruleSetVersion,
        String inputDigest,
        String source,
        TownArea area,
        List<String> periods,
        List<RatingRow> ratings,
        List<CoverageProblem> problems,
        List<FactEntry> facts,
        List<FiringEntry> trace,
        String policyVersion) {

    public static final int FORMAT = 1;

    public static EvaluationDocument of(Evaluation e, String source, TownArea area, Facts input, List<RatingRow> ratings) {
        return of(e, source, area, input, ratings, null);
    }

    /** The full document of an evaluation: every fact and the firing trace. */
    public static EvaluationDocument of(Evaluation e, String source, TownArea area, Facts input, List<RatingRow> ratings,
                                        String policyVersion) {
        List<Object> objects = factObjects(e, input);
        Set<Object> inputs = Collections.newSetFromMap(new IdentityHashMap<>());
        inputs.addAll(input.all());
        Map<Object, Integer> refs = new IdentityHashMap<>();
        List<FactEntry> facts = new ArrayList<>(objects.size());
        for (Object fact : objects) {
            refs.put(fact, facts.size());
            facts.add(FactEntry.of(facts.size(), fact, inputs.contains(fact)));
        }
        List<FiringEntry> trace = new ArrayList<>(e.firings().size());
        for (Firing f : e.firings()) {
            trace.add(new FiringEntry(f.sequence(), f.rule(), f.file(), f.line(),
                    f.matched().stream().filter(EvaluationDocument::isFact).map(refs::get).toList(),
                    f.inserted().stream().filter(EvaluationDocument::isFact).map(refs::get).toList(), f.ruleId()));
        }
        return new EvaluationDocument(FORMAT, e.id(), e.createdAt().toString(), e.ruleSetVersion(), e.inputDigest(),
                source, area, periodsOf(input), ratings, e.problems(), facts, trace, policyVersion);
    }

    /**
     * The engine's objects behind a document's facts, by {@link FactEntry#ref()}: the inputs, then each fact in
     * the order the trace first names it (matched, then inserted), each object once.
     */
    public static List<Object> factObjects(Evaluation e, Facts input) {
        Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Object> objects = new ArrayList<>();
        input.all().forEach(f -> {
            if (seen.add(f)) objects.add(f);
        });
        for (Firing f : e.firings()) {
            for (List<Object> facts : List.of(f.matched(), f.inserted())) {
                for (Object fact : facts) {
                    if (isFact(fact) && seen.add(fact)) objects.add(fact);
                }
            }
        }
        return objects;
    }

    /** The same document without its facts and trace: what an answer shows before anyone asks why. */
    public EvaluationDocument withoutTrace() {
        return new EvaluationDocument(format, id, createdAt, ruleSetVersion, inputDigest, source, area, periods,
                ratings, problems, List.of(), List.of(), policyVersion);
    }

    /** The periods of the observations among the inputs, sorted. */
    public static List<String> periodsOf(Facts input) {
        return input.observations().stream().map(Observation::period).distinct().sorted().toList();
    }

    /** Drools' own objects (the initial fact an empty condition matches) are not facts of ours. */
    static boolean isFact(Object o) {
        return o != null && !o.getClass().getName().startsWith("org.drools.");
    }

    /** The fact a firing points at. */
    public FactEntry fact(int ref) {
        return facts.get(ref);
    }

    /** How many facts were given to the evaluation. */
    @JsonIgnore
    public long inputFactCount() {
        return facts.stream().filter(FactEntry::input).count();
    }

    public String toJson() {
        try {
            return Json.MAPPER.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("evaluation " + id + " cannot be written as JSON", e);
        }
    }

    public static EvaluationDocument fromJson(String json) {
        try {
            return Json.MAPPER.readValue(json, EvaluationDocument.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored evaluation cannot be read: " + e.getOriginalMessage(), e);
        }
    }
}
