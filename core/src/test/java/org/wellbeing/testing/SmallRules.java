package org.wellbeing.testing;

import java.nio.file.Path;
import java.util.Map;
import org.wellbeing.rules.RuleBase;

/**
 * The tests' own rule set (src/test/resources/rules-small): six made-up rules that give every comparison of any
 * data one outcome, HIGHER, SIMILAR or LOWER by a band of {@code test.band} percent of the benchmark, or
 * NOT_COMPARED. Tests of reload, watching, audit and HTTP use it so that they pin no policy of {@code rules/}
 * and compile in a fraction of the bundled rules' time.
 */
public final class SmallRules {
    public static final Path DIR = Fixtures.path("rules-small");
    public static final String THRESHOLDS = "thresholds.drl";
    public static final String COMPARE = "compare/band.drl";
    /** The band's line as written in {@link #THRESHOLDS}: 10 percent of the benchmark. */
    public static final String BAND = band(10.0);

    /**
     * An evaluation request of one observation, 100 against England's 80: 25% above the benchmark, so HIGHER with
     * the 10% band and SIMILAR with a band of 25% or more.
     */
    public static final String REQUEST = """
            {"observations": [{"indicatorId": "life-expectancy-male", "period": "2024/25", "value": 100.0, "england": 80.0}]}""";

    private static final RuleDirectory RULES = new RuleDirectory(DIR, "the test rules");

    private SmallRules() {}

    /** The band's line with another number, for tests that edit it. */
    public static String band(double percent) {
        return "insert(new Threshold(\"test.band\", " + percent + ",";
    }

    /** A modifiable copy of the test rule files, relative path to DRL text, for tests that change them. */
    public static Map<String, String> files() {
        return RULES.files();
    }

    public static RuleBase ruleBase() {
        return RULES.ruleBase();
    }

    /** The file {@link #withWithinBandCopied()} adds, and the title of the copied rule in it. */
    public static final String COPY = "compare/extra.drl";
    public static final String COPIED_TITLE = "Within the band, copied";

    /**
     * The test rule files plus {@link #COPY} holding a copy of their rule for values within the band, under another
     * title and id: two outcomes for such a comparison, a conflict.
     */
    public static Map<String, String> withWithinBandCopied() {
        Map<String, String> files = files();
        String copy = BundledRules.ruleText(files.get(COMPARE), "Test: within the band")
                .replace("rule \"Test: within the band\"", "rule \"" + COPIED_TITLE + "\"")
                .replace("@id(\"test.similar\")", "@id(\"extra.similar-copied\")");
        files.put(COPY, "package wellbeing;\n\nimport org.wellbeing.model.*;\n\n" + copy + "\n");
        return files;
    }
}
