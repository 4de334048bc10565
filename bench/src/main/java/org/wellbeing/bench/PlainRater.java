package org.wellbeing.bench;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.wellbeing.model.Facts;
import org.wellbeing.model.Benchmark;
import org.wellbeing.model.Reason;
import org.wellbeing.model.Comparator;
import org.wellbeing.model.ComparisonMethod;
import org.wellbeing.model.Direction;
import org.wellbeing.model.Finding;
import org.wellbeing.model.Indicator;
import org.wellbeing.model.IndicatorScore;
import org.wellbeing.model.Method;
import org.wellbeing.model.Observation;
import org.wellbeing.model.Outcome;
import org.wellbeing.model.Polarity;
import org.wellbeing.model.PeriodAge;
import org.wellbeing.model.Rating;
import org.wellbeing.model.Severity;
import org.wellbeing.model.SuppliedTrend;
import org.wellbeing.model.Trend;
import org.wellbeing.model.TrendEvidence;
import org.wellbeing.model.TrendFlag;
import org.wellbeing.model.WorkstreamLink;
import org.wellbeing.trend.TrendEvidenceBuilder;

/**
 * The default rules of {@code rules/compare/}, {@code rules/trend/} and the per-indicator part of
 * {@code rules/priority/} written once more in plain Java, for the benchmark only: the yardstick the
 * engine's cost is measured against, and a check on the engine (the benchmark refuses to print a ratio
 * unless both give the same outcomes). It reads the same threshold values as the rules and the same trend
 * statistics ({@link TrendEvidenceBuilder}); it keeps no trace. Workstream scores and ranks are not
 * covered: the benchmark's data has no workstreams. When a rule file changes its logic, this class does
 * not follow: the benchmark then reports the disagreement instead of a ratio.
 */
public final class PlainRater {

    /**
     * What the plain rater derives: one rating per observation and comparator, trends, worsening flags, and
     * each observation's priority score with the findings of indicators nobody acts on.
     */
    public record Result(List<Rating> ratings, List<Trend> trends, List<TrendFlag> flags, List<IndicatorScore> scores,
                         List<Finding> findings) {}

    private final double bandMean;
    private final double bandProportion;
    private final double bandRate;
    private final double bandOther;
    private final double neighboursTop;
    private final double neighboursBottom;
    private final double chiSquaredCut;
    private final double comparableBand;
    private final double nearZero;
    private final double equalDigits;
    private final double equalLevel;
    private final double outsideCiLevel;
    private final Map<Comparator, Double> redWeight = new EnumMap<>(Comparator.class);
    private final double amberWeight;
    private final Map<Severity, Double> flagWeight = new EnumMap<>(Severity.class);

    public PlainRater(Thresholds thresholds) {
        bandMean = thresholds.get("similar.band.mean");
        bandProportion = thresholds.get("similar.band.proportion");
        bandRate = thresholds.get("similar.band.rate");
        bandOther = thresholds.get("similar.band.other");
        neighboursTop = thresholds.get("neighbours.green.top.share");
        neighboursBottom = thresholds.get("neighbours.red.bottom.share");
        chiSquaredCut = thresholds.get("trend.significance.chi2");
        comparableBand = thresholds.get("trend.comparable.band");
        nearZero = thresholds.get("similar.band.relative.min.benchmark");
        equalDigits = thresholds.get("quality.equal.benchmark.min.digits");
        equalLevel = thresholds.get("quality.level.benchmark-equals-value");
        outsideCiLevel = thresholds.get("quality.level.value-outside-ci");
        for (Comparator c : Comparator.values()) {
            redWeight.put(c, thresholds.get("priority.weight.red." + c.label()));
        }
        amberWeight = thresholds.get("priority.weight.amber");
        for (Severity s : Severity.values()) {
            flagWeight.put(s, thresholds.get("priority.weight.flag." + s.name().toLowerCase(Locale.ROOT)));
        }
    }

    public Result rate(Facts facts) {
        Map<String, Indicator> catalogue = new HashMap<>(facts.indicators().size() * 2);
        facts.indicators().forEach(i -> catalogue.put(i.id(), i));
        Map<String, Observation> observations = new HashMap<>(facts.observations().size() * 2);
        facts.observations().forEach(o -> observations.put(o.key(), o));

        List<Rating> ratings = new ArrayList<>(facts.benchmarks().size());
        Map<String, Outcome> england = new HashMap<>(facts.observations().size() * 2);
        for (Benchmark b : facts.benchmarks()) {
            Observation o = observations.get(b.observationKey());
            if (o == null) {
                continue;
            }
            Rating r = rate(catalogue.get(o.indicatorId()), o, b);
            ratings.add(r);
            if (r.comparator() == Comparator.ENGLAND) {
                england.put(r.observationKey(), r.outcome());
            }
        }

        Map<String, SuppliedTrend> supplied = new HashMap<>();
        for (Object fact : facts.others()) {
            if (fact instanceof SuppliedTrend s && !s.label().equals("Cannot be calculated")) {
                supplied.putIfAbsent(s.observationKey(), s);
            }
        }
        List<Trend> trends = new ArrayList<>(facts.observations().size());
        List<TrendFlag> flags = new ArrayList<>();
        for (TrendEvidence e : TrendEvidenceBuilder.build(facts.indicators(), facts.observations())) {
            Observation o = observations.get(e.observationKey());
            Trend t = trend(e, o, catalogue.get(o.indicatorId()), supplied.get(e.observationKey()));
            if (t == null) {
                continue;
            }
            trends.add(t);
            TrendFlag flag = flag(t, fall(e, england));
            if (flag != null && !outsideCi(o) && (e.previousObservationKey() == null
                    || !outsideCi(observations.get(e.previousObservationKey())))) {
                flags.add(flag);
            }
        }
        List<IndicatorScore> scores = scores(facts.observations(), ratings, flags);
        return new Result(ratings, trends, flags, scores, unowned(scores, facts.others()));
    }

    // ---- priority points: rules/priority/points.drl, the indicator scores of scores.drl, gaps.drl's unowned ----

    private List<IndicatorScore> scores(List<Observation> observations, List<Rating> ratings, List<TrendFlag> flags) {
        Map<String, double[]> byKey = new HashMap<>(observations.size() * 2); // points, reds, flags
        observations.forEach(o -> byKey.put(o.key(), new double[3]));
        for (Rating r : ratings) {
            double[] s = byKey.get(r.observationKey());
            if (r.outcome() == Outcome.RED) {
                s[0] += redWeight.get(r.comparator());
                s[1]++;
            } else if (r.outcome() == Outcome.AMBER) {
                s[0] += amberWeight;
            }
        }
        for (TrendFlag f : flags) {
            double[] s = byKey.get(f.observationKey());
            s[0] += flagWeight.get(f.severity());
            s[2]++;
        }
        List<IndicatorScore> scores = new ArrayList<>(observations.size());
        for (Observation o : observations) {
            double[] s = byKey.get(o.key());
            scores.add(new IndicatorScore(o.key(), o.indicatorId(), o.areaCode(), o.period(),
                    Math.round(s[0] * 1e6) / 1e6, (int) s[1], (int) s[2]));
        }
        return scores;
    }

    private static List<Finding> unowned(List<IndicatorScore> scores, List<Object> others) {
        Set<String> linked = new HashSet<>();
        others.forEach(o -> {
            if (o instanceof WorkstreamLink l) {
                linked.add(l.indicatorId());
            }
        });
        List<Finding> findings = new ArrayList<>();
        for (IndicatorScore s : scores) {
            if ((s.reds() > 0 || s.flags() > 0) && !linked.contains(s.indicatorId())) {
                findings.add(new Finding(Finding.Kind.UNOWNED, "health-and-wellbeing-board", s.indicatorId(),
                        s.period(), "no workstream acts on " + s.indicatorId()));
            }
        }
        return findings;
    }

    // ---- comparisons: rules/compare/*.drl ----

    private Rating rate(Indicator i, Observation o, Benchmark b) {
        Comparator c = b.comparator();
        if (i == null) {
            return notCompared(o, c, b.value(), "no polarity configured (indicator " + o.indicatorId() + " is not in the catalogue)");
        }
        if (i.comparisonMethod() == ComparisonMethod.NOT_COMPARED) {
            return notCompared(o, c, b.value(), "no comparison is configured for this indicator");
        }
        if (o.value() == null) {
            return notCompared(o, c, b.value(), "no value for " + o.areaName());
        }
        // rules/quality/doubtful-data.drl: a value outside its own CI is left out, where a comparison would be made
        boolean leftOut = outsideCi(o);
        if (c == Comparator.GOAL) {
            return leftOut && i.hasGoal() && i.polarity() != Polarity.NO_JUDGEMENT
                    ? notCompared(o, c, null, "doubtful data: value-outside-ci") : goal(i, o);
        }
        if (c == Comparator.NEIGHBOURS && b.hasRank()) {
            return leftOut && i.polarity() != Polarity.NO_JUDGEMENT
                    ? notCompared(o, c, (double) b.rank(), "doubtful data: value-outside-ci") : rank(i, o, b);
        }
        if (b.value() == null) {
            return notCompared(o, c, null, "no " + c.label() + " value (" + b.source() + ")");
        }
        if (leftOut) {
            return notCompared(o, c, b.value(), "doubtful data: value-outside-ci");
        }
        if (equalLevel >= 2 && b.value().equals(o.value()) && PeriodAge.significantDigits(o.value()) >= equalDigits) {
            return notCompared(o, c, b.value(), "doubtful data: benchmark-equals-value");
        }
        ComparisonMethod method = i.comparisonMethod();
        if (!o.hasCi95()) {
            if (method != ComparisonMethod.CONFIDENCE_INTERVALS_OR_TOLERANCE) {
                return notCompared(o, c, b.value(), "no 95% confidence interval for " + o.areaName() + ", and "
                        + method + " needs one");
            }
            if (i.similarBandAbsolute() == null && Math.abs(b.value()) < nearZero) {
                return notCompared(o, c, b.value(), "a band in percent means nothing this close to zero");
            }
            return judged(i, o, b, tolerance(i, o, b));
        }
        double v = b.value();
        if (v >= o.lower95() && v <= o.upper95()) {
            return judged(i, o, b, new Judgement(Direction.SIMILAR, Method.CI_95, "lies inside the 95% CI"));
        }
        boolean twoLevel = method == ComparisonMethod.CONFIDENCE_INTERVALS_TWO_LEVEL && o.hasCi998();
        if (v < o.lower95()) {
            return judged(i, o, b, twoLevel && v < o.lower998()
                    ? new Judgement(Direction.HIGHER, Method.CI_99_8, "lies below the 99.8% CI")
                    : new Judgement(Direction.HIGHER, Method.CI_95, "lies below the 95% CI"));
        }
        return judged(i, o, b, twoLevel && v > o.upper998()
                ? new Judgement(Direction.LOWER, Method.CI_99_8, "lies above the 99.8% CI")
                : new Judgement(Direction.LOWER, Method.CI_95, "lies above the 95% CI"));
    }

    /** The engine's check on a value outside its own 95% CI, when its level leaves the value out. */
    private boolean outsideCi(Observation o) {
        return outsideCiLevel >= 2 && o != null && o.value() != null && o.hasCi95()
                && (o.value() < o.lower95() || o.value() > o.upper95());
    }

    private record Judgement(Direction direction, Method method, String basis) {}

    private Judgement tolerance(Indicator i, Observation o, Benchmark b) {
        double percent = switch (i.valueType()) {
            case MEAN -> bandMean;
            case PROPORTION -> bandProportion;
            case CRUDE_RATE, DIRECTLY_STANDARDISED_RATE -> bandRate;
            case SCORE, COUNT, RATIO, OTHER -> bandOther;
        };
        double value = b.value();
        double band = (i.similarBandAbsolute() != null ? i.similarBandAbsolute() : percent * Math.abs(value) / 100.0)
                + 1e-9; // as the rules: only absorbs rounding
        if (Math.abs(o.value() - value) <= band) {
            return new Judgement(Direction.SIMILAR, Method.TOLERANCE, "no CI: within " + percent + "% of");
        }
        return o.value() - value > band
                ? new Judgement(Direction.HIGHER, Method.TOLERANCE, "no CI: more than " + percent + "% above")
                : new Judgement(Direction.LOWER, Method.TOLERANCE, "no CI: more than " + percent + "% below");
    }

    private static Rating judged(Indicator i, Observation o, Benchmark b, Judgement j) {
        Outcome outcome = switch (i.polarity()) {
            case NO_JUDGEMENT -> j.direction() == Direction.HIGHER ? Outcome.HIGHER
                    : j.direction() == Direction.LOWER ? Outcome.LOWER : Outcome.SIMILAR;
            case HIGH_IS_GOOD -> j.direction() == Direction.HIGHER ? Outcome.GREEN
                    : j.direction() == Direction.LOWER ? Outcome.RED : Outcome.AMBER;
            case LOW_IS_GOOD -> j.direction() == Direction.LOWER ? Outcome.GREEN
                    : j.direction() == Direction.HIGHER ? Outcome.RED : Outcome.AMBER;
        };
        return Rating.of(o, b.comparator(), outcome, j.method(), b.value(),
                Reason.of("%s; %s %s %s", outcome.name().toLowerCase(), b.source(), b.value(), j.basis()));
    }

    private Rating rank(Indicator i, Observation o, Benchmark b) {
        double rank = b.rank();
        if (i.polarity() == Polarity.NO_JUDGEMENT) {
            return notCompared(o, Comparator.NEIGHBOURS, rank, "a rank of " + b.rank() + " of " + b.rankOf()
                    + " has no good or bad direction without a polarity");
        }
        Outcome outcome = b.rank() <= neighboursTop * b.rankOf() ? Outcome.GREEN
                : b.rank() > (1 - neighboursBottom) * b.rankOf() ? Outcome.RED : Outcome.AMBER;
        return Rating.of(o, Comparator.NEIGHBOURS, outcome, Method.RANK, rank,
                Reason.of("ranked %s of %s neighbours", b.rank(), b.rankOf()));
    }

    private static Rating goal(Indicator i, Observation o) {
        if (i.goal() == null) {
            return notCompared(o, Comparator.GOAL, null, "no goal is set for this indicator");
        }
        if (i.polarity() == Polarity.NO_JUDGEMENT) {
            return notCompared(o, Comparator.GOAL, null, "a goal needs a polarity");
        }
        double v = o.value(), lower = i.goal().lower(), upper = i.goal().upper();
        if (i.polarity() == Polarity.HIGH_IS_GOOD) {
            return v >= upper ? goalRating(o, Outcome.GREEN, upper, "goal met")
                    : v >= lower ? goalRating(o, Outcome.AMBER, lower, "goal partly met")
                    : goalRating(o, Outcome.RED, lower, "goal missed");
        }
        return v <= lower ? goalRating(o, Outcome.GREEN, lower, "goal met")
                : v <= upper ? goalRating(o, Outcome.AMBER, upper, "goal partly met")
                : goalRating(o, Outcome.RED, upper, "goal missed");
    }

    private static Rating goalRating(Observation o, Outcome outcome, double cut, String words) {
        return Rating.of(o, Comparator.GOAL, outcome, Method.GOAL, cut, Reason.of("%s: %s against %s", words, o.value(), cut));
    }

    private static Rating notCompared(Observation o, Comparator c, Double benchmark, String why) {
        return Rating.of(o, c, Outcome.NOT_COMPARED, Method.NONE, benchmark, Reason.of("not compared: %s", why));
    }

    // ---- trends: rules/trend/*.drl ----

    private Trend trend(TrendEvidence e, Observation o, Indicator i, SuppliedTrend supplied) {
        switch (e.method()) {
            case "WEIGHTED_REGRESSION", "ARMITAGE" -> {
                if (e.chiSquared() <= chiSquaredCut || !e.allSlopesAgree()) {
                    return trend(o, e, "No significant change", false, false,
                            "chi-squared " + e.chiSquared() + " over " + e.span());
                }
                if (i == null) {
                    return null;
                }
                boolean rising = e.slope() > 0;
                if (!rising && !(e.slope() < 0)) {
                    return null;
                }
                String reason = (rising ? "rising" : "falling") + " over " + e.span() + ", chi-squared "
                        + e.chiSquared() + " above " + chiSquaredCut;
                return switch (i.polarity()) {
                    case NO_JUDGEMENT -> trend(o, e, rising ? "Increasing" : "Decreasing", false, true, reason);
                    case HIGH_IS_GOOD -> rising ? trend(o, e, "Increasing and getting better", false, true, reason)
                            : trend(o, e, "Decreasing and getting worse", true, true, reason);
                    case LOW_IS_GOOD -> rising ? trend(o, e, "Increasing and getting worse", true, true, reason)
                            : trend(o, e, "Decreasing and getting better", false, true, reason);
                };
            }
            case "SHORT_SERIES" -> {
                double change = e.relativeChangePercent();
                String reason = "changed " + change + "% over " + e.span() + " against the " + comparableBand + "% band";
                if (Math.abs(change) <= comparableBand) {
                    return trend(o, e, "Comparable", false, false, reason);
                }
                if (i == null) {
                    return null;
                }
                boolean apart = Boolean.FALSE.equals(e.ciOverlap());
                if (i.polarity() == Polarity.NO_JUDGEMENT) {
                    return trend(o, e, change > 0 ? "Increasing" : "Decreasing", false, apart, reason);
                }
                boolean better = i.polarity() == Polarity.HIGH_IS_GOOD ? change > 0 : change < 0;
                if (better) {
                    return trend(o, e, apart ? "Significantly improving" : "Improving", false, apart, reason);
                }
                return trend(o, e, apart ? "Significantly worse" : "Worsening", true, apart, reason);
            }
            case "NONE" -> {
                if (supplied == null) {
                    return new Trend(o.key(), o.indicatorId(), o.areaCode(), o.period(), "Cannot be calculated", false,
                            false, "NONE", e.points(), Reason.of("%s", e.cannotCalculateReason()));
                }
                String label = supplied.label();
                boolean worse = label.endsWith("getting worse") || label.equals("Worsening")
                        || label.equals("Significantly worse");
                boolean significant = !label.equals("No significant change") && !label.equals("Comparable")
                        && !label.equals("Improving") && !label.equals("Worsening");
                return new Trend(o.key(), o.indicatorId(), o.areaCode(), o.period(), label, worse, significant,
                        "SUPPLIED", e.points(), Reason.of("as supplied by %s", supplied.source()));
            }
            default -> {
                return null;
            }
        }
    }

    private static Trend trend(Observation o, TrendEvidence e, String label, boolean worsening, boolean significant,
                               String reason) {
        return new Trend(o.key(), o.indicatorId(), o.areaCode(), o.period(), label, worsening, significant,
                e.method(), e.points(), Reason.of("%s", reason));
    }

    /** The England rating's fall since the previous time period ("from -> to"), null when it did not fall. */
    private static String fall(TrendEvidence e, Map<String, Outcome> england) {
        if (e.previousObservationKey() == null) {
            return null;
        }
        Outcome now = england.get(e.observationKey()), before = england.get(e.previousObservationKey());
        if (!isColour(now) || !isColour(before) || before.ordinal() >= now.ordinal()) {
            return null;
        }
        return before + " to " + now;
    }

    private static boolean isColour(Outcome o) {
        return o == Outcome.GREEN || o == Outcome.AMBER || o == Outcome.RED;
    }

    private static TrendFlag flag(Trend t, String fall) {
        if (t.worsening() && t.significant()) {
            return flag(t, Severity.HIGH, "trend \"" + t.label() + "\": " + t.reason());
        }
        if (t.worsening()) {
            return fall == null ? flag(t, Severity.MEDIUM, "trend \"" + t.label() + "\": " + t.reason())
                    : flag(t, Severity.HIGH, "trend \"" + t.label() + "\" and the England rating fell from " + fall);
        }
        if (fall == null) {
            return null;
        }
        return fall.equals("GREEN to RED") ? flag(t, Severity.MEDIUM, "the England rating fell from " + fall)
                : flag(t, Severity.LOW, "the England rating fell one step, from " + fall);
    }

    private static TrendFlag flag(Trend t, Severity severity, String reason) {
        return new TrendFlag(t.observationKey(), t.indicatorId(), t.areaCode(), t.period(), severity, Reason.of("%s", reason));
    }
}
