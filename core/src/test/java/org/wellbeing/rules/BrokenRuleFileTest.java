package org.wellbeing.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wellbeing.testing.BundledRules;
import org.wellbeing.testing.Fixtures;
import org.wellbeing.testing.SmallRules;

/** A broken rule file is refused whole, and the problems name its file and line. */
class BrokenRuleFileTest {
    private static final String ADDED = "compare/x.drl";

    /** The tests' small rule set with one fixture added as compare/x.drl, compiled in memory. */
    private static RuleSetException compileWithAdded(String fixture) {
        Map<String, String> files = SmallRules.files();
        files.put(ADDED, Fixtures.text(fixture));
        return assertThrows(RuleSetException.class, () -> new RuleCompiler().compile("rules", files));
    }

    private static List<RuleProblem> problemsIn(RuleSetException e, String file) {
        return e.problems().stream().filter(p -> p.file().equals(file)).toList();
    }

    @Test
    void whenAPatternIsLeftOpen_thenTheSyntaxErrorNamesTheFileAndTheLine() {
        // Given the bundled rules and a file whose pattern misses its closing parenthesis
        String fixture = "rules/syntax-error.drl";

        // When they are compiled
        RuleSetException e = compileWithAdded(fixture);

        // Then the problem is in that file, on a line of the broken rule, and in no other file
        List<RuleProblem> inAdded = problemsIn(e, ADDED);
        assertFalse(inAdded.isEmpty(), e.getMessage());
        int from = Fixtures.lineOf(fixture, "$o : Observation(");
        int to = Fixtures.lineOf(fixture, "then");
        assertTrue(inAdded.stream().anyMatch(p -> p.line() >= from && p.line() <= to),
                "expected a line from " + from + " to " + to + ": " + e.getMessage());
        assertEquals(e.problems(), inAdded, "only the broken file has problems");
    }

    @Test
    void whenAConstraintCallsAMissingMethod_thenTheErrorNamesTheLineDroolsLeavesOut() {
        // Given the bundled rules and a file with value >= $i.goalUpperr (Drools gives no line for it)
        String fixture = "rules/unknown-method-in-constraint.drl";

        // When they are compiled
        RuleSetException e = compileWithAdded(fixture);

        // Then the problem is found at the line of the expression it quotes
        int line = Fixtures.lineOf(fixture, "$i.goalUpperr )");
        assertEquals(List.of(line), problemsIn(e, ADDED).stream().map(RuleProblem::line).toList(), e.getMessage());
    }

    @Test
    void whenAPatternNamesAFieldTheFactDoesNotHave_thenTheErrorNamesTheFileTheLineAndTheField() {
        // Given the bundled rules and a file with Observation( vlaue > 1 )
        String fixture = "rules/unknown-field.drl";

        // When they are compiled
        RuleSetException e = compileWithAdded(fixture);

        // Then the problem points at the line of the misspelt field and names it
        int line = Fixtures.lineOf(fixture, "vlaue > 1");
        List<RuleProblem> inAdded = problemsIn(e, ADDED);
        assertTrue(inAdded.stream().anyMatch(p -> p.line() == line && p.message().contains("vlaue")),
                "expected " + ADDED + ":" + line + " naming vlaue: " + e.getMessage());
        assertTrue(e.getMessage().contains(ADDED + ":" + line + ": "), e.getMessage());
    }

    @Test
    void whenARuleReadsAThresholdNoFileInserts_thenItIsRefusedWithFileAndLine() {
        // Given the bundled rules and a file reading Threshold( name == "similar.band.meen" )
        String fixture = "rules/unknown-threshold.drl";

        // When they are compiled
        RuleSetException e = compileWithAdded(fixture);

        // Then the misspelt name is refused where it is written
        int line = Fixtures.lineOf(fixture, "Threshold( name ==");
        assertEquals(List.of(new RuleProblem(ADDED, line,
                        "unknown threshold \"similar.band.meen\": no rule file inserts a Threshold of that name")),
                e.problems());
    }

    @Test
    void whenTwoRulesShareAName_thenTheSecondIsRefusedNamingTheFirst() {
        // Given a copy of a rule under its own name in a new file
        Map<String, String> files = SmallRules.files();
        String copy = "package wellbeing;\nimport org.wellbeing.model.*;\n\n"
                + BundledRules.ruleText(files.get(SmallRules.COMPARE), "Test: within the band") + "\n";
        files.put("compare/z.drl", copy);

        // When they are compiled
        RuleSetException e = assertThrows(RuleSetException.class, () -> new RuleCompiler().compile("rules", files));

        // Then the duplicate name is a problem at its line in the new file
        assertTrue(e.problems().stream().anyMatch(p -> p.file().equals("compare/z.drl") && p.line() == 4
                        && p.message().contains("already defined at " + SmallRules.COMPARE + ":")),
                e.getMessage());
    }

    @Test
    void whenABrokenFileIsInADirectory_thenCompilingTheDirectoryNamesItByItsRelativePath(@TempDir Path dir)
            throws Exception {
        // Given a copy of a rules directory on disk with the misspelt field added as compare/x.drl
        Fixtures.copyTree(SmallRules.DIR, dir);
        Files.writeString(dir.resolve(ADDED), Fixtures.text("rules/unknown-field.drl"));

        // When the directory is compiled
        RuleSetException e = assertThrows(RuleSetException.class, () -> new RuleCompiler().compile(dir));

        // Then the problem names the file relative to the rules directory, and the line
        int line = Fixtures.lineOf("rules/unknown-field.drl", "vlaue > 1");
        assertTrue(e.problems().stream().anyMatch(p -> p.file().equals(ADDED) && p.line() == line), e.getMessage());
    }

    @Test
    void theBundledRulesCompileAndKnowWhereEachRuleIsWritten() throws Exception {
        // Given the bundled rules, whatever they say: every rule title and threshold name as written in the files
        Map<String, RuleLocation> written = new TreeMap<>();
        Set<String> inserted = new TreeSet<>();
        for (Map.Entry<String, String> file : BundledRules.files().entrySet()) {
            List<String> lines = file.getValue().lines().toList();
            for (int i = 0; i < lines.size(); i++) {
                Matcher title = Pattern.compile("^rule \"([^\"]+)\"").matcher(lines.get(i));
                if (title.find()) written.put(title.group(1), new RuleLocation(file.getKey(), i + 1));
                Matcher threshold = Pattern.compile("new Threshold\\(\"([^\"]+)\"").matcher(lines.get(i));
                while (threshold.find()) inserted.add(threshold.group(1));
            }
        }
        assertFalse(written.isEmpty());
        assertFalse(inserted.isEmpty());

        // When they are compiled
        RuleBase rules = BundledRules.ruleBase();

        // Then they compile, the thresholds they insert are known by name, and each rule's file and line
        assertEquals(inserted, new TreeSet<>(rules.thresholdNames()));
        written.forEach((title, at) -> assertEquals(at, rules.locate(title), title));
    }
}
