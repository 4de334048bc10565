package org.wellbeing.rules;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.builder.KnowledgeBuilderResult;
import org.kie.internal.builder.ResultSeverity;
import org.kie.internal.io.ResourceFactory;

/**
 * Compiles a directory of DRL files into a {@link RuleBase}. Besides Drools' own errors it checks
 * what Drools lets through silently: duplicate rule names, and threshold names that no file inserts
 * (a misspelt name compiles and then never matches), rule ids and phases.
 *
 * <p>Drools' compiler is the slow part of every start. What it makes of a rule set is kept in a
 * {@link CompiledRuleCache} under the SHA-256 of the files, so unchanged rules are read back instead; every
 * check of ours still runs on the text each time, and a changed file is compiled (and then kept) as ever.
 */
public final class RuleCompiler {
    private static final Pattern RULE_ID = Pattern.compile("[a-z0-9]+([.-][a-z0-9]+)*");
    private static final Pattern RULE_NAME = Pattern.compile("^\\s*rule\\s+\"([^\"]+)\"", Pattern.MULTILINE);
    private static final Pattern THRESHOLD_INSERTED =
            Pattern.compile("new\\s+Threshold\\s*\\(\\s*\"([^\"]+)\"");
    private static final Pattern QUOTED_EXPRESSION = Pattern.compile("Unable to Analyse Expression (.+?):");
    private static final Pattern THRESHOLD_USED =
            Pattern.compile("Threshold\\s*\\(\\s*name\\s*==\\s*\"([^\"]+)\"");

    private final CompiledRuleCache cache;

    /** A compiler that keeps what it compiles in the configured cache ({@link CompiledRuleCache#configured()}). */
    public RuleCompiler() {
        this(CompiledRuleCache.configured());
    }

    public RuleCompiler(CompiledRuleCache cache) {
        this.cache = cache;
    }

    public RuleBase compile(Path dir) throws IOException, RuleSetException {
        return compile(dir.toString(), RuleFiles.read(dir));
    }

    /** Compiles the given files (relative path to DRL text); {@code directory} is only reported. */
    public RuleBase compile(String directory, Map<String, String> files) throws RuleSetException {
        List<RuleProblem> problems = new ArrayList<>();
        if (files.isEmpty()) {
            problems.add(new RuleProblem(directory, 0, "no .drl files found"));
            throw new RuleSetException(problems);
        }
        Map<String, RuleLocation> rules = new LinkedHashMap<>();
        Map<String, RuleLocation> thresholdsInserted = new LinkedHashMap<>();
        files.forEach((file, text) -> scan(file, text, rules, thresholdsInserted, problems));
        files.forEach((file, text) -> checkThresholdNames(file, text, thresholdsInserted, problems));

        String version = RuleFiles.version(files);
        Collection<KiePackage> packages = problems.isEmpty() ? cache.read(version) : null;
        boolean compiled = packages == null;
        if (compiled) {
            KnowledgeBuilder builder = build(files, problems);
            for (KnowledgeBuilderResult result : builder.getResults(ResultSeverity.ERROR)) {
                problems.add(toProblem(result, files));
            }
            if (!problems.isEmpty()) {
                throw new RuleSetException(problems);
            }
            packages = builder.getKnowledgePackages();
        }
        Map<String, String> ids = idsAndPhases(packages, rules, problems);
        if (!problems.isEmpty()) {
            throw new RuleSetException(problems);
        }
        if (compiled) {
            cache.write(version, packages);
        }
        InternalKnowledgeBase kieBase = KnowledgeBaseFactory.newKnowledgeBase();
        kieBase.addPackages(packages);
        return new RuleBase(version, Instant.now(), directory, Map.copyOf(files),
                Map.copyOf(rules), Map.copyOf(ids), Map.copyOf(thresholdsInserted), kieBase);
    }

    /**
     * Each rule's stable id, from its {@code @id("...")} metadata: what traces, tests and the audit name it by,
     * so that officers may reword titles. An id must be unique and spelt as lower-case words joined by dots
     * and dashes; a rule without one is known by its title. A rule's ruleflow group must be a known phase.
     */
    private static Map<String, String> idsAndPhases(Collection<KiePackage> packages, Map<String, RuleLocation> rules,
                                                     List<RuleProblem> problems) {
        Map<String, String> ids = new LinkedHashMap<>();
        Map<String, String> titleOfId = new LinkedHashMap<>();
        for (KiePackage pkg : packages) {
            for (Rule rule : pkg.getRules()) {
                RuleLocation where = rules.getOrDefault(rule.getName(), new RuleLocation("?", 0));
                String group = rule instanceof RuleImpl impl ? impl.getRuleFlowGroup() : null;
                if (!Phases.known(group)) {
                    problems.add(new RuleProblem(where.file(), where.line(), "rule \"" + rule.getName()
                            + "\": ruleflow-group \"" + group + "\" is not a phase; the phases are rate (no ruleflow-group), "
                            + String.join(", ", Phases.LATER)));
                }
                Object value = rule.getMetaData().get("id");
                if (value == null) {
                    continue;
                }
                String id = unquoted(value.toString());
                if (!RULE_ID.matcher(id).matches()) {
                    problems.add(new RuleProblem(where.file(), where.line(), "rule \"" + rule.getName() + "\": id \"" + id
                            + "\" should be lower-case words joined by dots and dashes, e.g. compare.worse-lower-high-good"));
                } else if (titleOfId.putIfAbsent(id, rule.getName()) != null) {
                    problems.add(new RuleProblem(where.file(), where.line(), "rule \"" + rule.getName() + "\": id \"" + id
                            + "\" is already the id of rule \"" + titleOfId.get(id) + "\" at " + rules.get(titleOfId.get(id))));
                }
                ids.put(rule.getName(), id);
            }
        }
        return ids;
    }

    private static String unquoted(String s) {
        String t = s.strip();
        return t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"") ? t.substring(1, t.length() - 1) : t;
    }

    /**
     * All files in one batch: Drools then runs its Java compiler once over every consequence instead of once per
     * file, which takes a warm compile (a reload) from about 1.1-1.3 s to 0.8-0.9 s on the bundled rules. Some
     * errors in a consequence (an unterminated string, say) escape Drools as exceptions that name no file: the
     * files are then compiled one by one to find the file and line.
     */
    private static KnowledgeBuilder build(Map<String, String> files, List<RuleProblem> problems) {
        KnowledgeBuilder batched = KnowledgeBuilderFactory.newKnowledgeBuilder();
        try {
            var batch = batched.batch();
            files.forEach((file, text) -> batch.add(resource(file, text), ResourceType.DRL));
            batch.build();
            return batched;
        } catch (RuntimeException escaped) {
            KnowledgeBuilder oneByOne = KnowledgeBuilderFactory.newKnowledgeBuilder();
            files.forEach((file, text) -> {
                try {
                    oneByOne.add(resource(file, text), ResourceType.DRL);
                } catch (RuntimeException e) {
                    problems.add(new RuleProblem(file, lineOfNearText(e.getMessage(), text), firstLine(e.getMessage())));
                }
            });
            return oneByOne;
        }
    }

    private static Resource resource(String file, String text) {
        return ResourceFactory.newByteArrayResource(text.getBytes(StandardCharsets.UTF_8)).setSourcePath(file);
    }

    private static void scan(String file, String text, Map<String, RuleLocation> rules,
                             Map<String, RuleLocation> thresholdsInserted, List<RuleProblem> problems) {
        Matcher m = RULE_NAME.matcher(text);
        while (m.find()) {
            RuleLocation here = new RuleLocation(file, lineOf(text, m.start(1)));
            RuleLocation earlier = rules.putIfAbsent(m.group(1), here);
            if (earlier != null) {
                problems.add(new RuleProblem(file, here.line(),
                        "rule \"" + m.group(1) + "\" is already defined at " + earlier));
            }
        }
        Matcher t = THRESHOLD_INSERTED.matcher(text);
        while (t.find()) {
            thresholdsInserted.putIfAbsent(t.group(1), new RuleLocation(file, lineOf(text, t.start(1))));
        }
    }

    private static void checkThresholdNames(String file, String text, Map<String, RuleLocation> inserted,
                                            List<RuleProblem> problems) {
        Matcher m = THRESHOLD_USED.matcher(text);
        while (m.find()) {
            if (!inserted.containsKey(m.group(1))) {
                problems.add(new RuleProblem(file, lineOf(text, m.start(1)),
                        "unknown threshold \"" + m.group(1) + "\": no rule file inserts a Threshold of that name"));
            }
        }
    }

    private static RuleProblem toProblem(KnowledgeBuilderResult result, Map<String, String> files) {
        String file = result.getResource() != null && result.getResource().getSourcePath() != null
                ? result.getResource().getSourcePath()
                : files.size() == 1 ? files.keySet().iterator().next() : "?";
        int[] lines = result.getLines();
        int line = lines != null && lines.length > 0 ? Math.max(lines[0], 0) : 0;
        String message = result.getMessage().replaceAll("\\s+", " ").trim();
        if (line == 0 && files.containsKey(file)) {
            line = lineOfQuoted(message, files.get(file));
        }
        return new RuleProblem(file, line, message);
    }

    /**
     * Drools gives no line for some constraint errors ("Unable to Analyse Expression value >= $i.goalUpperr: ...");
     * the expression it quotes is then looked up in the file. 0 when it is not found, or found more than once.
     */
    static int lineOfQuoted(String message, String text) {
        Matcher m = QUOTED_EXPRESSION.matcher(message);
        if (!m.find()) {
            return 0;
        }
        String expression = m.group(1).strip();
        int at = text.indexOf(expression);
        if (expression.isEmpty() || at < 0 || text.indexOf(expression, at + 1) >= 0) {
            return 0;
        }
        return lineOf(text, at);
    }

    private static final Pattern NEAR_TEXT = Pattern.compile("\\[Near : \\{\\.\\.\\.\\s*(.+?)\\s*\\.\\.\\.\\.}\\]");

    /** The line of the text MVEL quotes as "[Near : {... text ....}]", 0 when it cannot be found. */
    static int lineOfNearText(String message, String text) {
        if (message == null) {
            return 0;
        }
        Matcher m = NEAR_TEXT.matcher(message);
        if (m.find()) {
            int at = text.indexOf(m.group(1));
            if (at >= 0) {
                return lineOf(text, at);
            }
        }
        return 0;
    }

    private static String firstLine(String message) {
        if (message == null || message.isBlank()) {
            return "the rule file could not be compiled";
        }
        String cleaned = message.replaceAll("\\s+", " ").trim();
        return cleaned.length() > 300 ? cleaned.substring(0, 300) + "…" : cleaned;
    }

    static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
