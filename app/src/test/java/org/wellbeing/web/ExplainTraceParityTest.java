package org.wellbeing.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.wellbeing.io.Json;
import org.wellbeing.io.town.TownDataset;
import org.wellbeing.io.town.TownDatasetReader;
import org.wellbeing.model.Comparator;
import org.wellbeing.model.Rating;
import org.wellbeing.rules.RuleCompiler;
import org.wellbeing.service.Analysis;

/**
 * An auditor gets one answer: for every rating of the bundled data in its latest period (every indicator against
 * every comparator), the chain {@code explain} prints (rules, the facts each matched and inserted, the thresholds
 * in force and where they are set) is the chain the trace endpoint serves for that cell of a stored evaluation.
 */
class ExplainTraceParityTest {

    @Test
    void explain_and_the_trace_endpoint_give_the_same_chain_for_every_rating_of_the_bundled_data() throws Exception {
        TestServer server = TestServer.shared();
        String evaluationId = server.get("/api/boards/childrens-trust-board/matrix").json().path("evaluationId").asText();
        // what explain evaluates and walks, from the same rule files the server copied
        TownDataset data = TownDatasetReader.read(Path.of("data", "luton"));
        Analysis analysis = Analysis.of(new RuleCompiler().compile(Path.of("rules")), data.facts());
        String latest = data.periods().get(data.periods().size() - 1);

        // and one policy version: what explain and report name is what the service stored
        assertEquals(analysis.policyVersion(),
                server.get("/api/evaluations/" + evaluationId).json().path("policyVersion").asText());

        List<Rating> ratings = analysis.ratingsIn(latest);
        Set<Comparator> comparators = EnumSet.noneOf(Comparator.class);
        for (Rating r : ratings) {
            String focus = r.comparator().label().toLowerCase(Locale.ROOT);
            TestServer.Response response = server.get("/api/evaluations/" + evaluationId + "/trace?indicator="
                    + r.indicatorId() + "&focus=" + focus + "&period=" + latest);
            assertEquals(200, response.status(), r.indicatorId() + " " + focus + ": " + response.body());
            JsonNode served = response.json();
            Analysis.Chain explained = analysis.explain(r);
            String cell = r.indicatorId() + " against " + focus;

            assertEquals(explained.ruleSetVersion(), served.path("ruleSetVersion").asText(), cell);
            assertEquals(r.outcome().name(), served.path("ratings").get(0).path("outcome").asText(), cell);
            assertEquals(withoutRefs(Json.MAPPER.valueToTree(explained.steps())), withoutRefs(served.path("firings")),
                    cell + ": the rules of the chain and the facts they matched and inserted");
            assertEquals(Json.MAPPER.valueToTree(explained.thresholds()), served.path("thresholds"),
                    cell + ": the thresholds in force and where they are set");
            comparators.add(r.comparator());
        }
        assertFalse(ratings.isEmpty());
        assertEquals(EnumSet.allOf(Comparator.class), comparators);
        assertEquals(data.indicators().stream().filter(i -> data.facts().observations().stream()
                        .anyMatch(o -> o.indicatorId().equals(i.id()) && o.period().equals(latest))).count()
                        * Comparator.values().length, ratings.size(),
                "every indicator observed in " + latest + " is rated against every comparator, and each is compared");
    }

    /** A fact's number is its place in its own evaluation's document; the fact itself is what must agree. */
    private static JsonNode withoutRefs(JsonNode node) {
        JsonNode copy = node.deepCopy();
        strip(copy);
        return copy;
    }

    private static void strip(JsonNode node) {
        if (node instanceof ObjectNode o) {
            o.remove("ref");
        }
        node.forEach(ExplainTraceParityTest::strip);
    }
}
