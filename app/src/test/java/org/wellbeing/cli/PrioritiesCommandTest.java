package org.wellbeing.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wellbeing.io.Json;
import org.wellbeing.testing.BundledRules;
import org.wellbeing.io.town.TownDataset;
import org.wellbeing.io.town.TownDatasetReader;

/** The priorities command on the bundled Luton data, as a board or an API client would call it. */
class PrioritiesCommandTest {
    private static JsonNode all;
    private static TownDataset luton;

    private record Run(int exit, String out, String err) {}

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(exit, out.toString(), err.toString());
    }

    @BeforeAll
    static void runForAllBoards() throws IOException {
        Run r = run("priorities", "--board", "all", "--period", "2022/23", "--format", "json");
        assertEquals(0, r.exit(), r.err());
        all = Json.MAPPER.readTree(r.out());
        luton = TownDatasetReader.read(Path.of("data/luton"));
    }

    @Test
    void json_for_all_boards_has_a_ranked_list_for_each_of_the_five_boards() {
        List<String> boards = new ArrayList<>();
        all.get("boards").forEach(b -> boards.add(b.get("boardId").asText()));

        assertEquals(List.of("childrens-trust-board", "health-equity-town-partnership", "at-place-board",
                "health-protection-committee", "community-safety-partnership"), boards);
        assertEquals("2022/23", all.get("period").asText());
        for (JsonNode b : all.get("boards")) {
            JsonNode priorities = b.get("priorities");
            assertTrue(priorities.size() > 0, b.get("boardId").asText());
            for (int i = 0; i < priorities.size(); i++) {
                assertEquals(i + 1, priorities.get(i).get("rank").asInt(), "ranks run 1..n in order");
                assertEquals(priorities.size(), priorities.get(i).get("of").asInt());
            }
        }
    }

    @Test
    void every_entry_has_a_score_and_each_workstream_with_a_linked_indicator_lists_at_least_one() {
        Set<String> linked = new HashSet<>();
        luton.links().forEach(l -> linked.add(l.boardId() + "/" + l.workstreamId()));
        int entries = 0;
        for (JsonNode b : all.get("boards")) {
            for (JsonNode p : b.get("priorities")) {
                entries++;
                assertTrue(p.get("score").isNumber(), p.toString());
                String key = b.get("boardId").asText() + "/" + p.get("workstreamId").asText();
                assertTrue(linked.contains(key), key + " is ranked, so something is linked to it");
                assertFalse(p.get("indicators").isEmpty(), key + " lists its indicators");
                assertFalse(p.get("actions").isEmpty(), key + " lists its actions");
                assertTrue(BundledRules.ruleBase().rules().containsKey(p.get("rule").asText()), p.toString());
            }
            for (JsonNode n : b.get("notMeasured")) {
                assertFalse(linked.contains(b.get("boardId").asText() + "/" + n.get("workstreamId").asText()),
                        "in 2022/23 every indicator has an observation, so only unlinked workstreams are not measured");
            }
        }
        assertEquals(linked.size(), entries, "every linked workstream is ranked on its board");
    }

    @Test
    void the_evidence_gives_each_indicators_points_as_the_sum_of_its_contributions_at_the_weights_in_force() {
        // the weights shown are the priority weights the rule files set
        Map<String, Double> written = BundledRules.thresholdsWritten();
        Map<String, Double> shown = new TreeMap<>();
        all.get("weights").fields().forEachRemaining(w -> shown.put(w.getKey(), w.getValue().asDouble()));
        assertFalse(shown.isEmpty());
        shown.forEach((name, value) -> assertEquals(written.get(name), value, name));
        // and every indicator behind a priority sums its contributions
        int indicators = 0;
        for (JsonNode b : all.get("boards")) {
            for (JsonNode p : b.get("priorities")) {
                for (JsonNode indicator : p.get("indicators")) {
                    indicators++;
                    double sum = 0;
                    for (JsonNode c : indicator.get("contributions")) {
                        sum += c.get("points").asDouble();
                    }
                    assertEquals(indicator.get("points").asDouble(), sum, 1e-9, indicator.toString());
                }
            }
        }
        assertTrue(indicators > 0);
    }

    @Test
    void unowned_and_not_measured_are_reported() {
        // unowned indicators go to the Health and Wellbeing Board, and no workstream acts on any of them
        JsonNode unowned = all.get("unowned");
        assertEquals("health-and-wellbeing-board", unowned.get("boardId").asText());
        Set<String> owned = new HashSet<>();
        luton.links().forEach(l -> owned.add(l.indicatorId()));
        unowned.get("indicators").forEach(u ->
                assertFalse(owned.contains(u.get("indicator").get("indicatorId").asText()), u.toString()));
    }

    @Test
    void text_reads_like_a_board_paper_with_rank_why_and_actions_and_top_limits_the_list() {
        Run r = run("priorities", "--board", "health-protection-committee", "--period", "2022/23", "--top", "1");

        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("Health Protection Committee: where to put effort in 2022/23\n"), r.out());
        assertTrue(r.out().contains("\n1. "), r.out());
        assertTrue(r.out().contains(": score "), r.out());
        assertTrue(r.out().contains("Why: "), r.out());
        assertTrue(r.out().contains("Actions: "), r.out());
        assertFalse(r.out().contains("\n2. "), "--top 1 shows one workstream");
        assertTrue(r.out().contains("Not measured in 2022/23"), r.out());
        assertFalse(r.out().contains("Health and Wellbeing Board"), "unowned indicators go to that board only");
    }

    @Test
    void an_unknown_board_is_refused_with_the_choices() {
        Run r = run("priorities", "--board", "no-such-board", "--period", "2022/23");

        assertEquals(Main.BAD_INPUT, r.exit());
        assertTrue(r.err().contains("no board 'no-such-board'; choose one of childrens-trust-board"), r.err());
    }

    private static JsonNode board(String id) {
        for (JsonNode b : all.get("boards")) {
            if (b.get("boardId").asText().equals(id)) {
                return b;
            }
        }
        throw new AssertionError("no board " + id);
    }
}
