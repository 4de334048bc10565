package org.wellbeing.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wellbeing.rules.RuleBase;
import org.wellbeing.rules.RuleLocation;
import org.wellbeing.rules.RuleWarning;

/**
 * The warnings {@code validate} gives besides its errors (gaps and conflicts, see OutcomeCheck): rules that
 * never fired on the data, and thresholds that no rule reads or no firing matched. Where scenarios were run,
 * a rule or threshold they exercise says so, to tell a rule the data simply does not reach from a rule
 * nothing reaches.
 */
public final class UsageCheck {
    private static final Pattern THRESHOLD_INSERTED = Pattern.compile("new\\s+Threshold\\s*\\(\\s*\"([^\"]+)\"");
    private static final Pattern THRESHOLD_READ = Pattern.compile("Threshold\\s*\\(\\s*name\\s*==\\s*\"([^\"]+)\"");

    private UsageCheck() {}

    /**
     * @param evaluation the data's evaluation on {@code rules}
     * @param dataLabel  how to name the data in messages ("data/luton")
     * @param scenarios  per scenario file, what fired in its scenarios; null when scenarios were not run
     */
    public static List<RuleWarning> check(RuleBase rules, Evaluation evaluation, String dataLabel,
                                          Map<String, RuleUse> scenarios) {
        List<RuleWarning> warnings = new ArrayList<>();
        RuleUse onData = RuleUse.of(evaluation);
        rules.rules().entrySet().stream()
                .sorted(Map.Entry.comparingByValue(java.util.Comparator.comparing(RuleLocation::file)
                        .thenComparingInt(RuleLocation::line)))
                .forEach(e -> {
                    if (!onData.rulesFired().contains(e.getKey())) {
                        warnings.add(new RuleWarning(e.getValue().file(), e.getValue().line(), "rule \"" + e.getKey()
                                + "\" never fired on " + dataLabel + scenarioNote(scenarios, e.getKey(), true)));
                    }
                });
        thresholds(rules, onData, dataLabel, scenarios, warnings);
        return warnings;
    }

    private static void thresholds(RuleBase rules, RuleUse onData, String dataLabel, Map<String, RuleUse> scenarios,
                                   List<RuleWarning> warnings) {
        Map<String, RuleLocation> declared = new LinkedHashMap<>();
        Map<String, Set<String>> readIn = new HashMap<>();
        new java.util.TreeMap<>(rules.files()).forEach((file, text) -> {
            Matcher m = THRESHOLD_INSERTED.matcher(text);
            while (m.find()) {
                declared.putIfAbsent(m.group(1), new RuleLocation(file, lineOf(text, m.start(1))));
            }
            Matcher r = THRESHOLD_READ.matcher(text);
            while (r.find()) {
                readIn.computeIfAbsent(r.group(1), k -> new TreeSet<>()).add(file);
            }
        });
        declared.forEach((name, where) -> {
            if (!readIn.containsKey(name)) {
                warnings.add(new RuleWarning(where.file(), where.line(),
                        "threshold \"" + name + "\" is declared but no rule reads it"));
            } else if (!onData.thresholdsMatched().contains(name)) {
                warnings.add(new RuleWarning(where.file(), where.line(), "threshold \"" + name
                        + "\" (read in " + String.join(", ", readIn.get(name)) + ") was matched by no firing on "
                        + dataLabel + scenarioNote(scenarios, name, false)));
            }
        });
    }

    private static String scenarioNote(Map<String, RuleUse> scenarios, String name, boolean rule) {
        if (scenarios == null) {
            return "";
        }
        List<String> files = scenarios.entrySet().stream()
                .filter(e -> rule ? e.getValue().rulesFired().contains(name) : e.getValue().thresholdsMatched().contains(name))
                .map(Map.Entry::getKey).sorted().toList();
        if (files.isEmpty()) {
            return ", nor in any scenario";
        }
        return "; scenarios exercise it (" + String.join(", ", files.size() > 3 ? files.subList(0, 3) : files)
                + (files.size() > 3 ? ", ..." : "") + ")";
    }

    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
