package org.wellbeing.engine;

import org.wellbeing.model.Facts;
import java.util.List;
import org.wellbeing.rules.CompiledRuleCache;
import org.wellbeing.rules.RuleBase;
import org.wellbeing.rules.RuleCheck;
import org.wellbeing.rules.RuleProblem;

/**
 * The check {@code validate} makes: on the given facts (the bundled data), every observation x comparator
 * must end with exactly one outcome. Each gap or conflict becomes a problem naming file and line.
 */
public final class CoverageCheck implements RuleCheck {
    private final Facts facts;
    private final Evaluator evaluator = new Evaluator();

    public CoverageCheck(Facts facts) {
        this.facts = facts;
    }

    @Override
    public List<RuleProblem> check(RuleBase candidate) {
        return evaluator.evaluate(candidate, facts).problems().stream().map(CoverageCheck::toProblem).toList();
    }

    /**
     * The same check, passed at once where the cache notes that this rule-set version passed it on these very
     * facts (by their digest) with this build of the program: the evaluation, and so its outcome, is determined
     * by them. A pass is noted; problems are always found afresh. For a start on rules already checked (serve).
     */
    public RuleCheck rememberedIn(CompiledRuleCache cache) {
        String factsDigest = Evaluator.digest(facts);
        return candidate -> {
            String key = "coverage " + candidate.version() + " " + factsDigest;
            if (cache.passed(key)) {
                return List.of();
            }
            List<RuleProblem> problems = check(candidate);
            if (problems.isEmpty()) {
                cache.rememberPass(key);
            }
            return problems;
        };
    }

    /** {@code where} is "file:line" (the line may be 0); the message keeps the observation and comparator. */
    static RuleProblem toProblem(CoverageProblem p) {
        String where = p.where();
        int colon = where.lastIndexOf(':');
        String file = where;
        int line = 0;
        if (colon > 0) {
            try {
                line = Integer.parseInt(where.substring(colon + 1));
                file = where.substring(0, colon);
            } catch (NumberFormatException e) {
                // not "file:line": keep it whole
            }
        }
        return new RuleProblem(file, line, p.message());
    }
}
