package org.wellbeing.testing;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wellbeing.rules.RuleBase;

/** The rules in {@code rules/}, compiled once per test JVM (compiling takes seconds; a RuleBase is immutable). */
public final class BundledRules {
    public static final Path DIR = Path.of("rules");

    private static final RuleDirectory RULES = new RuleDirectory(DIR, "the bundled rules");

    private BundledRules() {}

    public static RuleBase ruleBase() {
        return RULES.ruleBase();
    }

    /** A modifiable copy of the bundled rule files, relative path to DRL text, for tests that change them. */
    public static Map<String, String> files() {
        return RULES.files();
    }

    /**
     * Every threshold the bundled rule files insert, by name, with the number written there: for tests that check
     * an output reports the thresholds in force, whatever their values.
     */
    public static Map<String, Double> thresholdsWritten() {
        Map<String, Double> written = new TreeMap<>();
        Matcher m = Pattern.compile("new Threshold\\(\"([^\"]+)\",\\s*([-0-9.]+)").matcher("");
        for (String text : files().values()) {
            m.reset(text);
            while (m.find()) {
                written.put(m.group(1), Double.parseDouble(m.group(2)));
            }
        }
        return written;
    }

    /**
     * The DRL text with the threshold {@code name} set to {@code factor} times the value written there, whatever it
     * is: for tests of what a changed threshold does (whatif, replay), not of what any value decides.
     */
    public static String withThresholdScaled(String drl, String name, double factor) {
        Matcher m = Pattern.compile("(new Threshold\\(\"" + Pattern.quote(name) + "\",\\s*)([-0-9.]+)").matcher(drl);
        if (!m.find()) {
            throw new IllegalArgumentException("no threshold \"" + name + "\" is inserted in the text");
        }
        double changed = Double.parseDouble(m.group(2)) * factor;
        return drl.substring(0, m.start(2)) + changed + drl.substring(m.end(2));
    }

    /** The DRL text with the named rule's block ({@code rule "name"} up to its {@code end}) cut out. */
    public static String withoutRule(String drl, String ruleName) {
        int[] span = span(drl, ruleName);
        return drl.substring(0, span[0]) + drl.substring(span[1]);
    }

    /** The text of the named rule's block, from {@code rule "name"} to its {@code end} inclusive. */
    public static String ruleText(String drl, String ruleName) {
        int[] span = span(drl, ruleName);
        return drl.substring(span[0], span[1]);
    }

    private static int[] span(String drl, String ruleName) {
        int start = drl.indexOf("rule \"" + ruleName + "\"");
        if (start < 0) {
            throw new IllegalArgumentException("no rule \"" + ruleName + "\" in the text");
        }
        return new int[] {start, drl.indexOf("\nend", start) + "\nend".length()};
    }
}
