package org.wellbeing.engine;

import java.math.BigDecimal;
import org.wellbeing.model.Benchmark;
import org.wellbeing.model.ComparableBenchmark;
import org.wellbeing.model.Difference;
import org.wellbeing.model.Indicator;
import org.wellbeing.model.Observation;
import org.wellbeing.model.Rating;
import org.wellbeing.model.RatingFall;
import org.wellbeing.model.Trend;
import org.wellbeing.model.TrendEvidence;
import org.wellbeing.model.Threshold;
import org.wellbeing.model.ToleranceBand;
import org.wellbeing.model.QualityFlag;
import org.wellbeing.model.DoubtfulData;
import org.wellbeing.model.DoubtfulTrend;

/** Short, readable descriptions of facts for explanations; records not listed here print as themselves. */
public final class FactText {
    private FactText() {}

    public static String describe(Object fact) {
        if (fact instanceof Observation o) {
            return "observation " + o.indicatorId() + " " + o.areaName() + " " + o.period() + " (" + o.timePeriod()
                    + "): value " + number(o.value())
                    + (o.hasCi95() ? ", 95% CI " + number(o.lower95()) + " to " + number(o.upper95()) : ", no CI")
                    + (o.limitsComputed() ? " (" + o.limitsFrom() + ")" : "")
                    + (o.note().isEmpty() ? "" : "; note: " + o.note());
        }
        if (fact instanceof Benchmark b) {
            return "benchmark " + b.comparator().label() + ": " + b.source()
                    + (b.value() == null ? "" : " value " + number(b.value()))
                    + (b.hasRank() ? " rank " + b.rank() + " of " + b.rankOf() : "");
        }
        if (fact instanceof Indicator i) {
            return "indicator " + i.id() + ": polarity " + i.polarity() + " (" + i.polaritySource() + "), method "
                    + i.comparisonMethod() + ", value type " + i.valueType()
                    + (i.hasGoal() ? ", goal " + number(i.goalLower()) + " to " + number(i.goalUpper()) : "");
        }
        if (fact instanceof Difference d) {
            return "difference against " + d.comparator().label() + ": " + d.direction() + " by " + d.method() + " (" + d.basis() + ")";
        }
        if (fact instanceof ComparableBenchmark c) {
            return "comparable: " + c.benchmark().comparator().label() + " " + c.benchmark().source() + " value "
                    + number(c.benchmark().value()) + " against " + c.observation().areaName() + " " + number(c.observation().value());
        }
        if (fact instanceof ToleranceBand t) {
            return t.absolute() != null
                    ? "similar-band " + number(t.absolute()) + " in the indicator's unit for " + t.indicatorId() + " (" + t.threshold() + ")"
                    : "similar-band " + number(t.percent()) + "% for " + t.indicatorId() + " (" + t.threshold() + ")";
        }
        if (fact instanceof QualityFlag q) {
            return "quality flag " + q.label() + " on " + q.indicatorId() + " " + q.period() + " (" + q.origin() + ")"
                    + (q.detail().isEmpty() ? "" : ": " + q.detail());
        }
        if (fact instanceof DoubtfulData d) {
            return "doubtful data, level " + d.level() + (d.leftOut() ? " (left out)" : " (not counted)") + ", "
                    + d.indicatorId() + " " + d.period() + ": " + d.reason();
        }
        if (fact instanceof DoubtfulTrend d) {
            return "trend on doubtful data, " + d.indicatorId() + " " + d.period() + ": " + d.reason();
        }
        if (fact instanceof Threshold t) {
            return "threshold " + t.name() + " = " + number(t.value()) + " " + t.unit();
        }
        if (fact instanceof Rating r) {
            return "rating " + r.indicatorId() + " " + r.period() + " against " + r.comparator().label() + ": "
                    + r.outcome() + " by " + r.method();
        }
        if (fact instanceof TrendEvidence e) {
            return "trend statistics (" + e.method() + ", " + e.points() + " points, " + e.span() + ")"
                    + (e.chiSquared() == null ? "" : ": slope " + number(e.slope()) + ", chi-squared " + number(e.chiSquared())
                        + (e.allSlopesAgree() ? ", all slopes agree" : ", slopes disagree"))
                    + (e.relativeChangePercent() == null ? "" : ": latest change " + String.format("%+.1f%%", e.relativeChangePercent())
                        + (e.ciOverlap() == null ? ", CIs unknown" : e.ciOverlap() ? ", CIs overlap" : ", CIs apart"))
                    + (e.cannotCalculateReason() == null ? "" : ": " + e.cannotCalculateReason());
        }
        if (fact instanceof Trend t) {
            return "trend " + t.indicatorId() + " " + t.period() + ": " + t.label() + " (" + t.method() + ")";
        }
        if (fact instanceof RatingFall f) {
            return "rating against " + f.comparator().label() + " fell from " + f.from() + " to " + f.to();
        }
        return String.valueOf(fact);
    }

    public static String number(Double d) {
        return d == null ? "missing" : BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }
}
