package org.wellbeing.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.wellbeing.engine.Evaluation;
import org.wellbeing.engine.Evaluator;
import org.wellbeing.model.Facts;
import org.wellbeing.engine.Firing;

/** Rules are known by their @id, and fire phase by phase; on small rule sets of their own. */
class RuleIdsAndPhasesTest {
    private static final String HEADER = "package t;\nimport org.wellbeing.model.Threshold;\n";

    private static RuleBase compile(String drl) throws RuleSetException {
        return new RuleCompiler(CompiledRuleCache.off()).compile("t", Map.of("t.drl", HEADER + drl));
    }

    private static List<Firing> fire(RuleBase rules) {
        Evaluation e = new Evaluator().evaluate(rules, new Facts(List.of(), List.of(), List.of()));
        return e.firings();
    }

    @Test
    void aFiringCarriesTheRuleIdAndTitle() throws Exception {
        RuleBase rules = compile("""
                rule "A threshold goes in"
                    @id("t.first")
                when
                then
                    insert(new Threshold("a", 1.0, "points"));
                end
                """);

        Firing f = fire(rules).get(0);

        assertEquals("t.first", f.ruleId());
        assertEquals("A threshold goes in", f.rule());
        assertEquals("t.drl", f.file());
    }

    @Test
    void aRuleWithoutAnIdIsKnownByItsTitle() throws Exception {
        RuleBase rules = compile("""
                rule "No id here"
                when
                then
                end
                """);

        assertEquals("No id here", fire(rules).get(0).ruleId());
    }

    @Test
    void twoRulesWithOneIdAreRefusedNamingBoth() {
        RuleSetException e = assertThrows(RuleSetException.class, () -> compile("""
                rule "One"
                    @id("t.same")
                when
                then
                end
                rule "Two"
                    @id("t.same")
                when
                then
                end
                """));

        assertEquals(1, e.problems().size(), e.getMessage());
        assertTrue(e.problems().get(0).message().contains("\"t.same\" is already the id of rule"), e.getMessage());
    }

    @Test
    void anIdSpeltOtherwiseIsRefused() {
        RuleSetException e = assertThrows(RuleSetException.class, () -> compile("""
                rule "Odd id"
                    @id("Not An Id")
                when
                then
                end
                """));

        assertEquals("t.drl", e.problems().get(0).file());
        assertEquals(3, e.problems().get(0).line());
    }

    @Test
    void anUnknownPhaseIsRefusedWithTheLineOfTheRule() {
        RuleSetException e = assertThrows(RuleSetException.class, () -> compile("""
                rule "In no phase we know"
                    @id("t.lost")
                    ruleflow-group "later-maybe"
                when
                then
                end
                """));

        assertEquals(3, e.problems().get(0).line());
        assertTrue(e.problems().get(0).message().contains("\"later-maybe\" is not a phase"), e.getMessage());
    }

    @Test
    void laterPhasesFireAfterTheFirstHasNothingLeftWhateverTheOrderInTheFile() throws Exception {
        // Given flag-phase rules written before the rate-phase rules whose facts they match
        RuleBase rules = compile("""
                rule "Before the last threshold, in the flag phase"
                    @id("t.too-early")
                    ruleflow-group "flag"
                when
                    Threshold( name == "one" )
                    not Threshold( name == "three" )
                then
                end
                rule "After the last threshold, in the flag phase"
                    @id("t.after")
                    ruleflow-group "flag"
                when
                    Threshold( name == "three" )
                then
                end
                rule "Rate one"
                    @id("t.one")
                when
                then
                    insert(new Threshold("one", 1.0, "points"));
                end
                rule "Rate two"
                    @id("t.two")
                when
                    Threshold( name == "one" )
                then
                    insert(new Threshold("two", 2.0, "points"));
                end
                rule "Rate three"
                    @id("t.three")
                when
                    Threshold( name == "two" )
                then
                    insert(new Threshold("three", 3.0, "points"));
                end
                """);

        List<String> order = fire(rules).stream().map(Firing::ruleId).toList();

        assertEquals(List.of("t.one", "t.two", "t.three", "t.after"), order);
    }
}
