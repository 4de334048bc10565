package org.wellbeing.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.wellbeing.audit.AuditStore;
import org.wellbeing.io.town.TownDatasetReader;
import org.wellbeing.rules.RuleBase;
import org.wellbeing.rules.RuleBaseHolder;
import org.wellbeing.service.EvaluationService;
import org.wellbeing.service.Inputs;
import org.wellbeing.testing.BundledRules;
import org.wellbeing.testing.Cli;
import org.wellbeing.testing.Fixtures;

/**
 * Every command example of README.md, docs/*.md and data/fingertips/README.md is run, in document order, and
 * what the documents show is what the program prints today.
 * <ul>
 * <li>Every line of a fenced code block that runs {@code java -jar target/wellbeing-engine.jar} is a command
 *     (after an optional {@code $ }): it is run in-process from the repository root and must be accepted (never exit
 *     2). {@code serve} is only parsed: the HTTP tests run the service.</li>
 * <li>A command written {@code $ java -jar ...} is followed, up to the next {@code $ } line or the block's end, by
 *     the output it prints (standard output, then standard error). A line {@code ...} stands for any number of
 *     lines, and {@code ...} inside a line for any text (a rule-set hash, a time).</li>
 * <li>Shell around a command: {@code | head -N} keeps N lines, {@code > FILE} discards the output, {@code # ...}
 *     is a comment, globs and {@code {a,b}} are expanded.</li>
 * <li>Places the documents name are made real in a temporary folder: {@code /tmp/candidate} is a copy of
 *     {@code rules/} with the guide's own {@code sed} edit applied and its replacement scenarios written in;
 *     {@code var/audit.db} holds one evaluation of the bundled data, {@code <evaluation-id>} is its id and
 *     {@code <head-hash>} the chain's head hash.</li>
 * </ul>
 */
class DocExamplesTest {
    static final List<Path> DOCUMENTS = List.of(Path.of("README.md"), Path.of("docs", "policy-officers.md"),
            Path.of("docs", "auditors.md"), Path.of("data", "fingertips", "README.md"));
    static final String JAR = "java -jar target/wellbeing-engine.jar ";
    static final Pattern FENCE = Pattern.compile("^\\s*```");

    @TempDir
    static Path sandbox;

    static Path candidate;
    static Path db;
    static String evaluationId;
    static String headHash;

    /** One command of a document, the line it is on, and the output shown under it (empty when none is shown). */
    record Example(Path document, int line, String command, List<String> shown, boolean showsOutput) {}

    @BeforeAll
    static void places() throws Exception {
        candidate = sandbox.resolve("candidate");
        Fixtures.copyTree(Path.of("rules"), candidate);
        String guide = Files.readString(Path.of("docs", "policy-officers.md"));
        Matcher sed = Pattern.compile("sed -i\\.bak 's/(.+?)/(.+?)/' /tmp/candidate/thresholds\\.drl").matcher(guide);
        assertTrue(sed.find(), "docs/policy-officers.md has no sed edit of /tmp/candidate/thresholds.drl");
        Path thresholds = candidate.resolve("thresholds.drl");
        String before = Files.readString(thresholds);
        Files.writeString(thresholds, before.replace(sed.group(1), sed.group(2)));
        assertNotEquals(before, Files.readString(thresholds), "the guide's sed edit changes nothing");

        db = sandbox.resolve("audit.db");
        try (AuditStore store = AuditStore.open(db)) {
            RuleBase rules = BundledRules.ruleBase();
            store.saveRuleSet(rules.version(), rules.files());
            var service = new EvaluationService(new RuleBaseHolder(rules), store, List.of());
            evaluationId = service.evaluate(new Inputs(TownDatasetReader.read(Path.of("data", "luton"))).bundled())
                    .document().id();
        }
        Cli.Run verify = Cli.run("audit", "verify", "--db", db.toString());
        Matcher head = Pattern.compile("hash ([0-9a-f]{64})").matcher(verify.out());
        assertTrue(head.find(), "audit verify names no head hash: " + verify.out() + verify.err());
        headHash = head.group(1);
    }

    @TestFactory
    Stream<DynamicTest> every_documented_command_runs_and_prints_what_the_document_shows() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path document : DOCUMENTS) {
            List<Example> examples = examples(document);
            for (Example e : examples) {
                tests.add(DynamicTest.dynamicTest(document + ":" + e.line() + ": " + e.command(), () -> run(e)));
            }
        }
        assertTrue(tests.size() >= 20, "expected the documents' commands, found " + tests.size());
        return tests.stream();
    }

    /** The guide's scenario edit: after the first test-rules run, the candidate's scenarios are the ones it shows. */
    private static void applyGuideScenarioEdit() throws IOException {
        String guide = Files.readString(Path.of("docs", "policy-officers.md"));
        Matcher yaml = Pattern.compile("```yaml\\n(.*?)```", Pattern.DOTALL).matcher(guide);
        assertTrue(yaml.find(), "the guide shows no replacement scenarios");
        Path file = candidate.resolve("tests/compare/tolerance.yaml");
        String text = Files.readString(file);
        int from = text.indexOf("  - name: \"Proportions: within 4%");
        int to = text.indexOf("  - name: \"Crude rates: ");
        assertTrue(from >= 0 && to > from, "tolerance.yaml no longer has the scenarios the guide replaces");
        Files.writeString(file, text.substring(0, from) + yaml.group(1) + "\n" + text.substring(to));
    }

    /** The guide runs test-rules on the candidate twice: before and after its scenario edit. */
    private static int guideTestRulesRuns = 0;

    private static void run(Example e) throws IOException {
        String command = e.command()
                .replace("/tmp/candidate", candidate.toString())
                .replace("var/audit.db", db.toString())
                .replace("<evaluation-id>", evaluationId)
                .replace("<head-hash>", headHash);
        Integer head = null;
        Matcher pipe = Pattern.compile("\\s*\\|\\s*head -(\\d+)\\s*$").matcher(command);
        if (pipe.find()) {
            head = Integer.parseInt(pipe.group(1));
            command = command.substring(0, pipe.start());
        }
        command = command.replaceAll("\\s*>\\s*\\S+\\s*$", "");
        List<String> args = expand(words(command));
        if (args.get(0).equals("serve")) {
            Cli.Run help = Cli.run(List.of("serve", "--help").toArray(String[]::new));
            assertEquals(0, help.exitCode());
            return;
        }
        if (e.document().endsWith("policy-officers.md") && args.get(0).equals("test-rules")
                && args.contains(candidate.toString()) && guideTestRulesRuns++ == 1) {
            applyGuideScenarioEdit();
        }
        Cli.Run run = Cli.run(args.toArray(String[]::new));
        assertNotEquals(2, run.exitCode(), () -> "refused:\n" + run.err());
        if (!e.showsOutput()) {
            return;
        }
        List<String> printed = new ArrayList<>(run.outLines());
        if (head != null && printed.size() > head) {
            printed = new ArrayList<>(printed.subList(0, head));
        } else {
            printed.addAll(run.errLines());
        }
        printed.replaceAll(l -> l.replace(candidate.toString(), "/tmp/candidate").replace(db.toString(), "var/audit.db"));
        while (!printed.isEmpty() && printed.get(printed.size() - 1).isBlank()) {
            printed.remove(printed.size() - 1);
        }
        if (!matches(e.shown(), 0, printed, 0)) {
            fail(e.document() + ":" + e.line() + " shows\n" + String.join("\n", e.shown())
                    + "\nbut the program prints\n" + String.join("\n", printed));
        }
    }

    /** Shown lines against printed ones: "..." alone is any number of lines, "..." within a line any text. */
    static boolean matches(List<String> shown, int s, List<String> printed, int p) {
        if (s == shown.size()) {
            return p == printed.size();
        }
        String want = shown.get(s);
        if (want.strip().equals("...")) {
            for (int skip = p; skip <= printed.size(); skip++) {
                if (matches(shown, s + 1, printed, skip)) {
                    return true;
                }
            }
            return false;
        }
        return p < printed.size() && line(want).matcher(printed.get(p).stripTrailing()).matches()
                && matches(shown, s + 1, printed, p + 1);
    }

    private static Pattern line(String shown) {
        String[] parts = shown.stripTrailing().split("\\.\\.\\.", -1);
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            regex.append(i > 0 ? ".*?" : "").append(Pattern.quote(parts[i]));
        }
        return Pattern.compile(regex.toString());
    }

    /** The documented commands in order, each with the output shown under it. */
    static List<Example> examples(Path document) throws IOException {
        List<String> lines = Files.readAllLines(document);
        List<Example> examples = new ArrayList<>();
        boolean inBlock = false;
        int indent = 0;
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (FENCE.matcher(l).find()) {
                inBlock = !inBlock;
                indent = l.indexOf('`');
                continue;
            }
            if (!inBlock) {
                continue;
            }
            String stripped = l.strip();
            boolean dollar = stripped.startsWith("$ ");
            String command = dollar ? stripped.substring(2) : stripped;
            if (!command.startsWith(JAR) && !command.startsWith("mvn -q -DskipTests package && " + JAR)) {
                continue;
            }
            command = command.substring(command.indexOf(JAR) + JAR.length()).replaceAll("\\s+#.*$", "");
            List<String> shown = new ArrayList<>();
            int j = i + 1;
            if (dollar) {
                for (; j < lines.size() && !FENCE.matcher(lines.get(j)).find()
                        && !lines.get(j).strip().startsWith("$ "); j++) {
                    String out = lines.get(j);
                    shown.add(out.substring(Math.min(indent, out.length() - out.stripLeading().length())).stripTrailing());
                }
                while (!shown.isEmpty() && shown.get(shown.size() - 1).isBlank()) {
                    shown.remove(shown.size() - 1);
                }
            }
            examples.add(new Example(document, i + 1, command, shown, dollar));
        }
        return examples;
    }

    /** Shell words: split at spaces outside quotes, quotes removed. */
    static List<String> words(String command) {
        List<String> words = new ArrayList<>();
        Matcher m = Pattern.compile("\"([^\"]*)\"|'([^']*)'|(\\S+)").matcher(command);
        while (m.find()) {
            words.add(m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3));
        }
        return words;
    }

    /** {a,b} and * expanded as a shell would, in name order. */
    static List<String> expand(List<String> words) throws IOException {
        List<String> out = new ArrayList<>();
        for (String w : words) {
            Matcher brace = Pattern.compile("\\{([^}]*)}").matcher(w);
            List<String> alternatives = new ArrayList<>();
            if (brace.find()) {
                for (String a : brace.group(1).split(",")) {
                    alternatives.add(w.substring(0, brace.start()) + a + w.substring(brace.end()));
                }
            } else {
                alternatives.add(w);
            }
            for (String a : alternatives) {
                if (!a.contains("*")) {
                    out.add(a);
                    continue;
                }
                Path path = Path.of(a);
                Map<String, String> found = new java.util.TreeMap<>();
                try (DirectoryStream<Path> matches = Files.newDirectoryStream(path.getParent(),
                        path.getFileName().toString())) {
                    matches.forEach(p -> found.put(p.toString(), p.toString()));
                }
                assertTrue(!found.isEmpty(), "no file matches " + a);
                out.addAll(found.values());
            }
        }
        return out;
    }
}
