package org.wellbeing.trend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wellbeing.testing.BundledRules;
import org.wellbeing.engine.Evaluation;
import org.wellbeing.engine.Evaluator;
import org.wellbeing.model.Facts;
import org.wellbeing.model.Benchmark;
import org.wellbeing.model.Comparator;
import org.wellbeing.model.ComparisonMethod;
import org.wellbeing.model.Indicator;
import org.wellbeing.model.Observation;
import org.wellbeing.model.Outcome;
import org.wellbeing.model.Polarity;
import org.wellbeing.model.Rating;
import org.wellbeing.model.RatingFall;
import org.wellbeing.model.Severity;
import org.wellbeing.model.SuppliedTrend;
import org.wellbeing.model.Trend;
import org.wellbeing.model.TrendCheck;
import org.wellbeing.model.TrendEvidence;
import org.wellbeing.model.TrendFlag;
import org.wellbeing.model.ValueType;
import org.wellbeing.rules.RuleBase;

/**
 * The trend rules in rules/trend/ on hand-made facts: Fingertips' recent-trend labels for 5 single-year points,
 * the town's words for 2-point series, supplied labels, and the worsening flags with their severity. Every test
 * asserts the label or flag, the rule that produced it, and that the evaluation has no coverage problems (one
 * outcome per comparator, one trend and at most one flag per observation).
 */
class TrendRulesTest {

    private static final String LUTON = "E06000032";
    private static final double CHI2_CUT = 9.5495;

    private static final String NO_SIGNIFICANT_CHANGE = "Recent trend: no significant change";
    private static final String CANNOT_BE_CALCULATED = "Trend cannot be calculated";
    private static final String SUPPLIED = "Trend as supplied with the data, where the engine cannot calculate one";
    private static final String CHECKED = "Supplied trend checked against the engine's";
    private static final String FLAG_SIGNIFICANT = "Worsening flag: significantly worse";
    private static final String FLAG_WORSENING_AND_FALL = "Worsening flag: worsening while the England rating also fell";
    private static final String FLAG_WORSENING = "Worsening flag: worsening";
    private static final String FLAG_FALL_ONLY = "Worsening flag: the England rating fell one step, the trend is not worsening";
    private static final String FLAG_FALL_GREEN_TO_RED = "Worsening flag: the England rating fell from green to red, the trend is not worsening";

    private static RuleBase rules;

    @BeforeAll
    static void compileTheRules() throws Exception {
        rules = BundledRules.ruleBase();
    }

    // ---------------------------------------------------------------- recent trend, 5 single-year points

    @Test
    void rising_significantly_where_low_is_good_is_increasing_and_getting_worse_with_a_high_flag() {
        // Given five single years rising 10 -> 18 with narrow CIs, low is good
        Indicator i = indicator("smoking", Polarity.LOW_IS_GOOD, ComparisonMethod.CONFIDENCE_INTERVALS);
        List<Observation> series = years("smoking", 2018, 0.5, 10, 12, 14, 16, 18);

        // When the rules run
        Evaluation e = evaluate(List.of(i), series);

        // Then the latest point is "Increasing and getting worse" by the weighted regression
        Trend t = trendOf(e, last(series));
        assertEquals("Increasing and getting worse", t.label());
        assertEquals("Recent trend: increasing and getting worse", e.ruleFor(t));
        assertEquals("WEIGHTED_REGRESSION", t.method());
        assertEquals(5, t.points());
        assertTrue(t.worsening());
        assertTrue(t.significant());
        assertTrue(t.reason().text().contains("above " + CHI2_CUT) && t.reason().text().contains("low is good"), t.reason().text());
        // and a significant worsening raises a HIGH flag
        TrendFlag f = onlyFlagOf(e, last(series));
        assertEquals(Severity.HIGH, f.severity());
        assertEquals(FLAG_SIGNIFICANT, e.ruleFor(f));
        assertNoCoverageProblems(e);
    }

    @Test
    void falling_significantly_where_low_is_good_is_decreasing_and_getting_better_without_a_flag() {
        // Given five single years falling 18 -> 10, low is good
        Indicator i = indicator("smoking", Polarity.LOW_IS_GOOD, ComparisonMethod.CONFIDENCE_INTERVALS);
        List<Observation> series = years("smoking", 2018, 0.5, 18, 16, 14, 12, 10);

        // When
        Evaluation e = evaluate(List.of(i), series);

        // Then
        Trend t = trendOf(e, last(series));
        assertEquals("Decreasing and getting better", t.label());
        assertEquals("Recent trend: decreasing and getting better", e.ruleFor(t));
        assertEquals("WEIGHTED_REGRESSION", t.method());
        assertFalse(t.worsening());
        assertTrue(t.significant());
        assertEquals(List.of(), flagsOf(e, last(series)));
        assertNoCoverageProblems(e);
    }

    @Test
    void rising_significantly_where_high_is_good_is_increasing_and_getting_better() {
        // Given five single years rising, high is good
        Indicator i = indicator("screening", Polarity.HIGH_IS_GOOD, ComparisonMethod.CONFIDENCE_INTERVALS);
        List<Observation> series = years("screening", 2018, 0.5, 10, 12, 14, 16, 18);

        // When
        Evaluation e = evaluate(List.of(i), series);

        // Then
        Trend t = trendOf(e, last(series));
        assertEquals("Increasing and getting better", t.label());
        assertEquals("Recent trend: increasing and getting better", e.ruleFor(t));
        assertFalse(t.worsening());
        assertEquals(List.of(), flagsOf(e, last(series)));
        assertNoCoverageProblems(e);
    }

    @Test
    void falling_significantly_where_high_is_good_is_decreasing_and_getting_worse_with_a_high_flag() {
        // Given five single years falling, high is good
        Indicator i = indicator("screening", Polarity.HIGH_IS_GOOD, ComparisonMethod.CONFIDENCE_INTERVALS);
        List<Observation> series = years("screening", 2018, 0.5, 18, 16, 14, 12, 10);

        // When
        Evaluation e = evaluate(List.of(i), series);

        // Then
        Trend t = trendOf(e, last(series));
        assertEquals("Decreasing and getting worse", t.label());
        assertEquals("Recent trend: decreasing and getting worse", e.ruleFor(t));
        assertTrue(t.worsening());
        assertTrue(t.significant());
        TrendFlag f = onlyFlagOf(e, last(series));
        assertEquals(Severity.HIGH, f.severity());
        assertEquals(FLAG_SIGNIFICANT, e.ruleFor(f));
        assertNoCoverageProblems(e);
    }

    @Test
    void without_polarity_a_significant_rise_is_only_increasing_and_raises_no_flag() {
        // Given five rising single years of an indicator with no polarity
        Indicator i = indicator("fertility", Polarity.NO_JUDGEMENT, ComparisonMethod.CONFIDENCE_INTERVALS);
        List<Observation> series = years("fertility", 2018, 0.5, 10, 12, 14, 16, 18);

        // When
        Evaluation e = evaluate(List.of(i), series);

        // Then
        Trend t = trendOf(e, last(series));
        assertEquals("Increasing", t.label());
        assertEquals("Recent trend: increasing, no polarity", e.ruleFor(t));
        assertTrue(t.significant());
        assertFalse(t.worsening());
        assertTrue(t.reason().text().contains("no polarity"), t.reason().text());
        assertEquals(List.of(), flagsOf(e, last(series)));
        assertNoCoverageProblems(e);
    }

    @Test
    void without_polarity_a_significant_fall_is_only_decreasing() {
        // Given five falling single years of an indicator with no polarity
        Indicator i = indicator("fertility", Polarity.NO_JUDGEMENT, ComparisonMethod.CONFIDENCE_INTERVALS);
        List<Observation> series = years("fertility", 2018, 0.5, 18, 16, 14, 12, 10);

        // When
        Evaluation e = evaluate(List.of(i), series);

        // Then
        Trend t = trendOf(e, last(series));
        assertEquals("Decreasing", t.label());
        assertEquals("Recent trend: decreasing, no polarity", e.ruleFor(t));
        assertFalse(t.worsening());
        assertEquals(List.of(), flagsOf(e, last(series)));
        assertNoCoverageProblems(e);
    }

    @Test
    void a_flat_series_is_no_significant_change_below_the_chi_squared_cut() {
        // Given five single years creeping up steadily (every slope agrees) but far too little to be significant
        Indicator i = indicator("smoking", Polarity.LOW_IS_GOOD, ComparisonMethod.CONFIDENCE_INTERVALS);
        List<Observation> series = years("smoking", 2018, 0.5, 10, 10.05, 10.1, 10.15, 10.2);
        TrendEvidence evidence = evidenceOf(List.of(i), series, last(series));
        assertTrue(evidence.allSlopesAgree());
        assertTrue(evidence.chiSquared() < CHI2_CUT, "chi-squared " + evidence.chiSquared());

        // When
        Evaluation e = evaluate(List.of(i), series);

        // Then
        Trend t = trendOf(e, last(series));
        assertEquals("No significant change", t.label());
        assertEquals(NO_SIGNIFICANT_CHANGE, e.ruleFor(t));
        assertFalse(t.significant());
        assertTrue(t.reason().text().contains("is not above the cut " + CHI2_CUT), t.reason().text());
        assertEquals(List.of(), flagsOf(e, last(series)));
        assertNoCoverageProblems(e);
    }

    @Test
    void an_outlier_that_flips_a_leave_one_out_slope_makes_a_significant_slope_no_significant_change() {
        // Given a series whose first point is an outlier: the full slope is down and far above the cut,
        // but with the outlier left out the slope is up
        Indicator i = indicator("smoking", Polarity.LOW_IS_GOOD, ComparisonMethod.CONFIDENCE_INTERVALS);
        List<Observation> series = years("smoking", 2018, 0.5, 20, 10, 10, 10, 12);
        TrendEvidence evidence = evidenceOf(List.of(i), series, last(series));
        assertEquals("WEIGHTED_REGRESSION", evidence.method());
        assertTrue(evidence.chiSquared() > CHI2_CUT, "chi-squared " + evidence.chiSquared());
        assertTrue(evidence.slope() < 0);
        assertFalse(evidence.allSlopesAgree());

        // When
        Evaluation e = evaluate(List.of(i), series);

        // Then the outlier check wins over the chi-squared
        Trend t = trendOf(e, last(series));
        assertEquals("No significant change", t.label());
        assertEquals(NO_SIGNIFICANT_CHANGE, e.ruleFor(t));
        assertTrue(t.reason().text().contains("the slope changes sign when a point is left out"), t.reason().text());
        assertNoCoverageProblems(e);
    }

    @Test
    void with_six_points_only_the_five_most_recent_are_used() {
        // Given six single years: an early high point, then five rising ones
        Indicator i = indicator("smoking", Polarity.LOW_IS_GOOD, ComparisonMethod.CONFIDENCE_INTERVALS);
        List<Observation> series = years("smoking", 2017, 0.5, 40, 10, 12, 14, 16, 18);

        // When
        Evaluation e = evaluate(List.of(i), series);

        // Then 2017 is left out: the five points 2018-2022 rise
        Trend t = trendOf(e, last(series));
        assertEquals("Increasing and getting worse", t.label());
        assertEquals("Recent trend: increasing and getting worse", e.ruleFor(t));
        assertEquals(5, t.points());
        assertTrue(t.reason().text().contains("2018–2022"), t.reason().text());
        assertNoCoverageProblems(e);
    }

    @Test
    void armitage_is_used_where_the_indicator_is_compared_by_control_limits_for_proportions() {
        // Given counts rising steadily over large denominators but very wide CIs: Armitage's test on the
        // counts is significant, the CI-weighted regression is not
        Indicator spc = indicator("smoking", Polarity.LOW_IS_GOOD, ComparisonMethod.CONTROL_LIMITS_PROPORTIONS);
        List<Observation> series = years("smoking", 2018, 5.0, 10, 11, 12, 13, 14);

        // When the indicator is compared by control limits for proportions
        Evaluation e = evaluate(List.of(spc), series);

        // Then the trend is Armitage's
        Trend t = trendOf(e, last(series));
        assertEquals("ARMITAGE", t.method());
        assertEquals("Increasing and getting worse", t.label());
        assertEquals("Recent trend: increasing and getting worse", e.ruleFor(t));
        assertNoCoverageProblems(e);
    }

    @Test
    void the_same_series_compared_by_confidence_intervals_uses_the_weighted_regression() {
        // Given the series of the Armitage test, but the indicator compared by confidence intervals
        Indicator ci = indicator("smoking", Polarity.LOW_IS_GOOD, ComparisonMethod.CONFIDENCE_INTERVALS);
        List<Observation> series = years("smoking", 2018, 5.0, 10, 11, 12, 13, 14);

        // When
        Evaluation e = evaluate(List.of(ci), series);

        // Then the regression, whose wide CIs make it not significant
        Trend t = trendOf(e, last(series));
        assertEquals("WEIGHTED_REGRESSION", t.method());
        assertEquals("No significant change", t.label());
        assertEquals(NO_SIGNIFICANT_CHANGE, e.ruleFor(t));
        assertNoCoverageProblems(e);
    }

    @Test
    void five_points_without_counts_cannot_be_calculated_and_say_what_is_missing() {
        // Given five single years with values and CIs but no counts or denominators (as in the town's tables)
        Indicator i = indicator("smoking", Polarity.LOW_IS_GOOD, ComparisonMethod.CONFIDENCE_INTERVALS);
        List<Observation> series = new ArrayList<>();
        for (Observation o : years("smoking", 2018, 0.5, 10, 12, 14, 16, 18)) {
            series.add(withCounts(o, null, null));
        }

        // When
        Evaluation e = evaluate(List.of(i), series);

        // Then Fingertips' point selection refuses them
        Trend t = trendOf(e, last(series));
        assertEquals("Cannot be calculated", t.label());
        assertEquals(CANNOT_BE_CALCULATED, e.ruleFor(t));
        assertEquals("NONE", t.method());
        assertTrue(t.reason().text().contains("missing count"), t.reason().text());
        assertNoCoverageProblems(e);
    }

    @Test
    void five_points_of_a_value_type_without_a_recent_trend_cannot_be_calculated() {
        // Given five rising years of a mean (life expectancy), which Fingertips gives no recent trend
        Indicator i = indicator("life-expectancy", Polarity.HIGH_IS_GOOD, ComparisonMethod.CONFIDENCE_INTERVALS,
                ValueType.MEAN);
        List<Observation> series = years("life-expectancy", 2018, 0.5, 10, 12, 14, 16, 18);

        // When
        Evaluation e = evaluate(List.of(i), series);

        // Then
        Trend t = trendOf(e, last(series));
        assertEquals("Cannot be calculated", t.label());
        assertEquals(CANNOT_BE_CALCULATED, e.ruleFor(t));
        assertTrue(t.reason().text().contains("value type (MEAN)"), t.reason().text());
        assertNoCoverageProblems(e);
    }

    // ---------------------------------------------------------------- which series get the town's words

    @Test
    void a_short_series_of_an_indicator_configured_the_fingertips_way_cannot_be_calculated() {
        // Given three single years of an indicator compared by CIs only (Fingertips' configuration)
        Indicator i = indicator("ft", Polarity.LOW_IS_GOOD, ComparisonMethod.CONFIDENCE_INTERVALS);
        List<Observation> series = years("ft", 2015, 1.0, 10.0, 20.0, 30.0);

        // When
        Evaluation e = evaluate(List.of(i), series);

        // Then Fingertips' answer, not the town's "Worsening": fewer than 5 points
        Trend t = trendOf(e, last(series));
        assertEquals("Cannot be calculated", t.label());
        assertEquals(CANNOT_BE_CALCULATED, e.ruleFor(t));
        assertTrue(t.reason().text().contains("fewer than 5 time periods (3)"), t.reason().text());
        assertNoCoverageProblems(e);
    }

    @Test
    void a_short_series_reason_names_the_two_periods_it_compares() {
        // Given three town time periods, the change between the last two only
        Indicator i = indicator("three", Polarity.HIGH_IS_GOOD, ComparisonMethod.CONFIDENCE_INTERVALS_OR_TOLERANCE);
        Observation first = town("three", "2020/21", "2017", 40.0, null, null);
        Observation before = town("three", "2021/22", "2019", 50.0, null, null);
        Observation now = town("three", "2022/23", "2021", 51.0, null, null);

        // When
        Evaluation e = evaluate(List.of(i), List.of(first, before, now));

        // Then
        Trend t = trendOf(e, now);
        assertEquals(3, t.points());
        assertTrue(t.reason().text().contains("+2.0% over 2019 to 2021"), t.reason().text());
    }

    @Test
    void an_indicator_missing_from_the_catalogue_gets_a_trend_that_cannot_be_calculated() {
        // Given two years of an indicator the catalogue lacks
        List<Observation> series = years("unknown", 2016, 1.0, 20.0, 30.0);

        // When
        Evaluation e = evaluate(List.of(), series);

        // Then one trend, saying why, and no gap
        Trend t = trendOf(e, last(series));
        assertEquals("Cannot be calculated", t.label());
        assertTrue(t.reason().text().contains("not in the catalogue"), t.reason().text());
        assertNoCoverageProblems(e);
    }

    // ---------------------------------------------------------------- short series, the town's 2 points

    @Test
    void a_latest_change_within_the_comparable_band_is_comparable() {
        // Given two town periods, 2019 and 2021, changing +2%, no CIs
        Indicator i = indicator("screening", Polarity.HIGH_IS_GOOD, ComparisonMethod.CONFIDENCE_INTERVALS_OR_TOLERANCE);
        Observation before = town("screening", "2021/22", "2019", 50.0, null, null);
        Observation now = town("screening", "2022/23", "2021", 51.0, null, null);

        // When
        Evaluation e = evaluate(List.of(i), List.of(before, now));

        // Then
        Trend t = trendOf(e, now);
        assertEquals("Comparable", t.label());
        assertEquals("Short series: comparable, the latest change is within the band", e.ruleFor(t));
        assertEquals("SHORT_SERIES", t.method());
        assertEquals(2, t.points());
        assertTrue(t.reason().text().contains("+2.0% over 2019 to 2021, within the 5.0% band"), t.reason().text());
        assertEquals(List.of(), flagsOf(e, now));
        assertNoCoverageProblems(e);
    }

    @Test
    void a_change_of_exactly_the_band_is_still_comparable_and_just_beyond_it_is_not() {
        // Given the band is 5%: 100 -> 105 is exactly on it, 100 -> 105.1 just beyond it
        Indicator i = indicator("screening", Polarity.HIGH_IS_GOOD, ComparisonMethod.CONFIDENCE_INTERVALS_OR_TOLERANCE);
        Indicator j = indicator("coverage", Polarity.HIGH_IS_GOOD, ComparisonMethod.CONFIDENCE_INTERVALS_OR_TOLERANCE);
        Observation onBefore = town("screening", "2021/22", "2019", 100.0, null, null);
        Observation onNow = town("screening", "2022/23", "2021", 105.0, null, null);
        Observation beyondBefore = town("coverage", "2021/22", "2019", 100.0, null, null);
        Observation beyondNow = town("coverage", "2022/23", "2021", 105.1, null, null);

        // When
        Evaluation e = evaluate(List.of(i, j), List.of(onBefore, onNow, beyondBefore, beyondNow));

        // Then
        assertEquals("Comparable", trendOf(e, onNow).label());
        assertEquals("Short series: comparable, the latest change is within the band", e.ruleFor(trendOf(e, onNow)));
        assertEquals("Improving", trendOf(e, beyondNow).label());
        assertEquals("Short series: improving", e.ruleFor(trendOf(e, beyondNow)));
        assertNoCoverageProblems(e);
    }

    @Test
    void beyond_the_band_in_the_good_direction_without_cis_is_improving_never_significantly() {
        // Given high is good and the value doubles, but neither point has a CI
        Indicator i = indicator("screening", Polarity.HIGH_IS_GOOD, ComparisonMethod.CONFIDENCE_INTERVALS_OR_TOLERANCE);
        Observation before = town("screening", "2021/22", "2019", 50.0, null, null);
        Observation now = town("screening", "2022/23", "2021", 100.0, null, null);

        // When
        Evaluation e = evaluate(List.of(i), List.of(before, now));

        // Then no significance is claimed without CIs
        Trend t = trendOf(e, now);
        assertEquals("Improving", t.label());
        assertEquals("Short series: improving", e.ruleFor(t));
        assertFalse(t.significant());
        assertTrue(t.reason().text().contains("no CIs, so not tested for significance"), t.reason().text());
        assertNoCoverageProblems(e);
    }

    @Test
    void beyond_the_band_in_the_bad_direction_without_cis_is_worsening_with_a_medium_flag() {
        // Given low is good and the value rises 20%, no CIs, no England benchmark
        Indicator i = indicator("obesity", Polarity.LOW_IS_GOOD, ComparisonMethod.CONFIDENCE_INTERVALS_OR_TOLERANCE);
        Observation before = town("obesity", "2021/22", "2019", 50.0, null, null);
        Observation now = town("obesity", "2022/23", "2021", 60.0, null, null);

        // When
        Evaluation e = evaluate(List.of(i), List.of(before, now));

        // Then
        Trend t = trendOf(e, now);
        assertEquals("Worsening", t.label());
        assertEquals("Short series: worsening", e.ruleFor(t));
        assertTrue(t.worsening());
        assertFalse(t.significant());
        TrendFlag f = onlyFlagOf(e, now);
        assertEquals(Severity.MEDIUM, f.severity());
        assertEquals(FLAG_WORSENING, e.ruleFor(f));
        assertNoCoverageProblems(e);
    }

    @Test
    void a_fall_where_low_is_good_is_improving_and_a_fall_where_high_is_good_is_worsening() {
        // Given the same fall of 20% for a low-is-good and a high-is-good indicator
        Indicator low = indicator("obesity", Polarity.LOW_IS_GOOD, ComparisonMethod.CONFIDENCE_INTERVALS_OR_TOLERANCE);
        Indicator high = indicator("screening", Polarity.HIGH_IS_GOOD, ComparisonMethod.CONFIDENCE_INTERVALS_OR_TOLERANCE);
        Observation lowBefore = town("obesity", "2021/22", "2019", 50.0, null, null);
        Observation lowNow = town("obesity", "2022/23", "2021", 40.0, null, null);
        Observation highBefore = town("screening", "2021/22", "2019", 50.0, null, null);
        Observation highNow = town("screening", "2022/23", "2021", 40.0, null, null);

        // When
        Evaluation e = evaluate(List.of(low, high), List.of(lowBefore, lowNow, highBefore, highNow));

        // Then polarity decides
        assertEquals("Improving", trendOf(e, lowNow).label());
        assertEquals("Short series: improving", e.ruleFor(trendOf(e, lowNow)));
        assertEquals("Worsening", trendOf(e, highNow).label());
        assertEquals("Short series: worsening", e.ruleFor(trendOf(e, highNow)));
        assertNoCoverageProblems(e);
    }

    @Test
    void overlapping_cis_keep_a_change_beyond_the_band_improving_not_significantly() {
        // Given CIs 48-58 and 55-65 that overlap
        Indicator i = indicator("screening", Polarity.HIGH_IS_GOOD, ComparisonMethod.CONFIDENCE_INTERVALS_OR_TOLERANCE);
        Observation before = town("screening", "2021/22", "2019", 53.0, 48.0, 58.0);
        Observation now = town("screening", "2022/23", "2021", 60.0, 55.0, 65.0);

        // When
        Evaluation e = evaluate(List.of(i), List.of(before, now));

        // Then
        Trend t = trendOf(e, now);
        assertEquals("Improving", t.label());
        assertEquals("Short series: improving", e.ruleFor(t));
        assertTrue(t.reason().text().contains("the CIs overlap"), t.reason().text());
        assertNoCoverageProblems(e);
    }

    @Test
    void cis_apart_in_the_good_direction_is_significantly_improving() {
        // Given CIs 48-52 and 58-62 that do not overlap, high is good
        Indicator i = indicator("screening", Polarity.HIGH_IS_GOOD, ComparisonMethod.CONFIDENCE_INTERVALS_OR_TOLERANCE);
        Observation before = town("screening", "2021/22", "2019", 50.0, 48.0, 52.0);
        Observation now = town("screening", "2022/23", "2021", 60.0, 58.0, 62.0);

        // When
        Evaluation e = evaluate(List.of(i), List.of(before, now));

        // Then
        Trend t = trendOf(e, now);
        assertEquals("Significantly improving", t.label());
        assertEquals("Short series: significantly improving, the confidence intervals do not overlap", e.ruleFor(t));
        assertTrue(t.significant());
        assertFalse(t.worsening());
        assertEquals(List.of(), flagsOf(e, now));
        assertNoCoverageProblems(e);
    }

    @Test
    void cis_apart_in_the_bad_direction_is_significantly_worse_with_a_high_flag() {
        // Given CIs 58-62 and 48-52 that do not overlap, high is good, value falling
        Indicator i = indicator("screening", Polarity.HIGH_IS_GOOD, ComparisonMethod.CONFIDENCE_INTERVALS_OR_TOLERANCE);
        Observation before = town("screening", "2021/22", "2019", 60.0, 58.0, 62.0);
        Observation now = town("screening", "2022/23", "2021", 50.0, 48.0, 52.0);

        // When
        Evaluation e = evaluate(List.of(i), List.of(before, now));

        // Then
        Trend t = trendOf(e, now);
        assertEquals("Significantly worse", t.label());
        assertEquals("Short series: significantly worse, the confidence intervals do not overlap", e.ruleFor(t));
        assertTrue(t.worsening());
        assertTrue(t.significant());
        TrendFlag f = onlyFlagOf(e, now);
        assertEquals(Severity.HIGH, f.severity());
        assertEquals(FLAG_SIGNIFICANT, e.ruleFor(f));
        assertNoCoverageProblems(e);
    }

    @Test
    void a_ci_on_one_point_only_is_not_enough_for_significantly() {
        // Given only the latest point has a CI, far from the earlier value
        Indicator i = indicator("screening", Polarity.HIGH_IS_GOOD, ComparisonMethod.CONFIDENCE_INTERVALS_OR_TOLERANCE);
        Observation before = town("screening", "2021/22", "2019", 60.0, null, null);
        Observation now = town("screening", "2022/23", "2021", 40.0, 39.0, 41.0);

        // When
        Evaluation e = evaluate(List.of(i), List.of(before, now));

        // Then
        Trend t = trendOf(e, now);
        assertEquals("Worsening", t.label());
        assertEquals("Short series: worsening", e.ruleFor(t));
        assertFalse(t.significant());
        assertNoCoverageProblems(e);
    }

    @Test
    void without_polarity_a_short_series_is_increasing_or_decreasing() {
        // Given a no-polarity indicator rising 20% and another falling 20%
        Indicator up = indicator("requests", Polarity.NO_JUDGEMENT, ComparisonMethod.CONFIDENCE_INTERVALS_OR_TOLERANCE);
        Indicator down = indicator("deaths", Polarity.NO_JUDGEMENT, ComparisonMethod.CONFIDENCE_INTERVALS_OR_TOLERANCE);
        Observation upBefore = town("requests", "2021/22", "2019", 50.0, null, null);
        Observation upNow = town("requests", "2022/23", "2021", 60.0, null, null);
        Observation downBefore = town("deaths", "2021/22", "2019", 50.0, null, null);
        Observation downNow = town("deaths", "2022/23", "2021", 40.0, null, null);

        // When
        Evaluation e = evaluate(List.of(up, down), List.of(upBefore, upNow, downBefore, downNow));

        // Then
        assertEquals("Increasing", trendOf(e, upNow).label());
        assertEquals("Short series: increasing or decreasing, no polarity", e.ruleFor(trendOf(e, upNow)));
        assertEquals("Decreasing", trendOf(e, downNow).label());
        assertEquals("Short series: increasing or decreasing, no polarity", e.ruleFor(trendOf(e, downNow)));
        assertEquals(List.of(), e.derived(TrendFlag.class));
        assertNoCoverageProblems(e);
    }

    @Test
    void a_2022_23_row_repeating_the_2021_22_time_period_is_one_point_and_cannot_be_calculated() {
        // Given the 2022/23 block repeats the 2021/22 block's time period 2018-20 (the town's life expectancy)
        Indicator i = indicator("life-expectancy", Polarity.HIGH_IS_GOOD,
                ComparisonMethod.CONFIDENCE_INTERVALS_OR_TOLERANCE, ValueType.MEAN);
        Observation before = town("life-expectancy", "2021/22", "2018-20", 78.1, null, null);
        Observation repeat = town("life-expectancy", "2022/23", "2018-20", 78.1, null, null);

        // When
        Evaluation e = evaluate(List.of(i), List.of(before, repeat));

        // Then the repeat adds no point
        Trend t = trendOf(e, repeat);
        assertEquals("Cannot be calculated", t.label());
        assertEquals(CANNOT_BE_CALCULATED, e.ruleFor(t));
        assertEquals("NONE", t.method());
        assertEquals(1, t.points());
        assertTrue(t.reason().text().contains("only one time period (2018-20)"), t.reason().text());
        assertTrue(t.reason().text().contains("the 2022/23 row repeats an earlier row's time period"), t.reason().text());
        assertEquals(List.of(), flagsOf(e, repeat));
        assertNoCoverageProblems(e);
    }

    @Test
    void a_single_period_cannot_be_calculated_without_mentioning_a_repeat() {
        // Given one period only
        Indicator i = indicator("screening", Polarity.HIGH_IS_GOOD, ComparisonMethod.CONFIDENCE_INTERVALS_OR_TOLERANCE);
        Observation only = town("screening", "2022/23", "2021", 50.0, null, null);

        // When
        Evaluation e = evaluate(List.of(i), List.of(only));

        // Then
        Trend t = trendOf(e, only);
        assertEquals("Cannot be calculated", t.label());
        assertEquals(CANNOT_BE_CALCULATED, e.ruleFor(t));
        assertEquals("only one time period (2021)", t.reason().text());
        assertNoCoverageProblems(e);
    }

    // ---------------------------------------------------------------- supplied trends

    @Test
    void a_supplied_trend_is_used_where_the_engine_cannot_calculate_one_with_its_source() {
        // Given one period only, and a Fingertips Recent Trend supplied with it
        Indicator i = indicator("smoking", Polarity.LOW_IS_GOOD, ComparisonMethod.CONFIDENCE_INTERVALS);
        Observation only = year("smoking", 2022, 18, 0.5);
        SuppliedTrend supplied = new SuppliedTrend(only.key(), "Increasing and getting worse",
                "Fingertips Recent Trend, test.csv:row 7");

        // When
        Evaluation e = evaluate(List.of(i), List.of(only), List.of(), List.of(supplied));

        // Then the supplied label stands, marked SUPPLIED, with its source and why the engine could not
        Trend t = trendOf(e, only);
        assertEquals("Increasing and getting worse", t.label());
        assertEquals(SUPPLIED, e.ruleFor(t));
        assertEquals("SUPPLIED", t.method());
        assertTrue(t.reason().text().startsWith("as supplied by Fingertips Recent Trend, test.csv:row 7"), t.reason().text());
        assertTrue(t.reason().text().contains("the engine cannot calculate it: only one time period (2022)"), t.reason().text());
        assertTrue(t.worsening());
        assertTrue(t.significant());
        // and a supplied significant worsening is flagged HIGH like a computed one
        TrendFlag f = onlyFlagOf(e, only);
        assertEquals(Severity.HIGH, f.severity());
        assertEquals(FLAG_SIGNIFICANT, e.ruleFor(f));
        // no check: the engine has no label to set beside it
        assertEquals(List.of(), e.derived(TrendCheck.class));
        assertNoCoverageProblems(e);
    }

    @Test
    void a_supplied_cannot_be_calculated_leaves_the_engines_own_cannot_be_calculated() {
        // Given one period only, supplied "Cannot be calculated"
        Indicator i = indicator("smoking", Polarity.LOW_IS_GOOD, ComparisonMethod.CONFIDENCE_INTERVALS);
        Observation only = year("smoking", 2022, 18, 0.5);
        SuppliedTrend supplied = new SuppliedTrend(only.key(), "Cannot be calculated", "Fingertips Recent Trend");

        // When
        Evaluation e = evaluate(List.of(i), List.of(only), List.of(), List.of(supplied));

        // Then
        Trend t = trendOf(e, only);
        assertEquals("Cannot be calculated", t.label());
        assertEquals(CANNOT_BE_CALCULATED, e.ruleFor(t));
        assertEquals("NONE", t.method());
        assertNoCoverageProblems(e);
    }

    @Test
    void where_the_engine_calculates_a_trend_a_supplied_one_is_checked_and_agreement_recorded() {
        // Given five rising years (the engine: "Increasing and getting worse") supplied with the same label
        Indicator i = indicator("smoking", Polarity.LOW_IS_GOOD, ComparisonMethod.CONFIDENCE_INTERVALS);
        List<Observation> series = years("smoking", 2018, 0.5, 10, 12, 14, 16, 18);
        SuppliedTrend supplied = new SuppliedTrend(last(series).key(), "Increasing and getting worse", "Fingertips");

        // When
        Evaluation e = evaluate(List.of(i), series, List.of(), List.of(supplied));

        // Then the engine's label is the trend, and the check agrees
        Trend t = trendOf(e, last(series));
        assertEquals("WEIGHTED_REGRESSION", t.method());
        assertEquals("Recent trend: increasing and getting worse", e.ruleFor(t));
        TrendCheck check = onlyCheck(e);
        assertEquals(new TrendCheck(last(series).key(), "Increasing and getting worse", "Fingertips",
                "Increasing and getting worse", true), check);
        assertEquals(CHECKED, e.ruleFor(check));
        assertNoCoverageProblems(e);
    }

    @Test
    void where_the_engine_and_a_supplied_trend_differ_the_check_records_the_disagreement() {
        // Given five rising years supplied as "No significant change"
        Indicator i = indicator("smoking", Polarity.LOW_IS_GOOD, ComparisonMethod.CONFIDENCE_INTERVALS);
        List<Observation> series = years("smoking", 2018, 0.5, 10, 12, 14, 16, 18);
        SuppliedTrend supplied = new SuppliedTrend(last(series).key(), "No significant change", "Fingertips");

        // When
        Evaluation e = evaluate(List.of(i), series, List.of(), List.of(supplied));

        // Then the engine's label stands and the check disagrees
        assertEquals("Increasing and getting worse", trendOf(e, last(series)).label());
        TrendCheck check = onlyCheck(e);
        assertFalse(check.agrees());
        assertEquals("No significant change", check.suppliedLabel());
        assertEquals("Increasing and getting worse", check.computedLabel());
        assertEquals(CHECKED, e.ruleFor(check));
        assertNoCoverageProblems(e);
    }

    // ---------------------------------------------------------------- worsening flags and England ratings

    @Test
    void worsening_while_the_england_rating_fell_from_green_to_red_is_a_high_flag() {
        // Given high is good, no CIs (tolerance band 4%): 70 vs England 60 (GREEN), then 55 vs England 60 (RED)
        Indicator i = indicator("screening", Polarity.HIGH_IS_GOOD, ComparisonMethod.CONFIDENCE_INTERVALS_OR_TOLERANCE);
        Observation before = town("screening", "2021/22", "2019", 70.0, null, null);
        Observation now = town("screening", "2022/23", "2021", 55.0, null, null);
        List<Benchmark> england = List.of(england(before, 60.0), england(now, 60.0));

        // When
        Evaluation e = evaluate(List.of(i), List.of(before, now), england, List.of());

        // Then the ratings fell GREEN -> RED, the trend is worsening, and the flag is HIGH
        assertEquals(Outcome.GREEN, englandRating(e, before).outcome());
        assertEquals(Outcome.RED, englandRating(e, now).outcome());
        RatingFall fall = e.derived(RatingFall.class).get(0);
        assertEquals(new RatingFall(now.key(), Comparator.ENGLAND, Outcome.GREEN, Outcome.RED), fall);
        assertEquals("England rating fell since the previous time period", e.ruleFor(fall));
        assertEquals("Worsening", trendOf(e, now).label());
        TrendFlag f = onlyFlagOf(e, now);
        assertEquals(Severity.HIGH, f.severity());
        assertEquals(FLAG_WORSENING_AND_FALL, e.ruleFor(f));
        assertTrue(f.reason().text().contains("the England rating fell from GREEN to RED"), f.reason().text());
        assertNoCoverageProblems(e);
    }

    @Test
    void a_one_step_fall_in_the_england_rating_without_a_worsening_trend_is_a_low_flag() {
        // Given 62 vs England 58 (GREEN), then 63 vs England 64 (AMBER): the value rose 1.6% (Comparable)
        Indicator i = indicator("screening", Polarity.HIGH_IS_GOOD, ComparisonMethod.CONFIDENCE_INTERVALS_OR_TOLERANCE);
        Observation before = town("screening", "2021/22", "2019", 62.0, null, null);
        Observation now = town("screening", "2022/23", "2021", 63.0, null, null);
        List<Benchmark> england = List.of(england(before, 58.0), england(now, 64.0));

        // When
        Evaluation e = evaluate(List.of(i), List.of(before, now), england, List.of());

        // Then
        assertEquals(Outcome.GREEN, englandRating(e, before).outcome());
        assertEquals(Outcome.AMBER, englandRating(e, now).outcome());
        Trend t = trendOf(e, now);
        assertEquals("Comparable", t.label());
        TrendFlag f = onlyFlagOf(e, now);
        assertEquals(Severity.LOW, f.severity());
        assertEquals(FLAG_FALL_ONLY, e.ruleFor(f));
        assertTrue(f.reason().text().contains("fell one step, from GREEN to AMBER"), f.reason().text());
        assertNoCoverageProblems(e);
    }

    @Test
    void a_fall_in_the_england_rating_from_green_to_red_without_a_worsening_trend_is_a_medium_flag() {
        // Given 62 vs England 58 (GREEN), then 63 vs England 70 (RED): the value rose 1.6% (Comparable)
        Indicator i = indicator("screening", Polarity.HIGH_IS_GOOD, ComparisonMethod.CONFIDENCE_INTERVALS_OR_TOLERANCE);
        Observation before = town("screening", "2021/22", "2019", 62.0, null, null);
        Observation now = town("screening", "2022/23", "2021", 63.0, null, null);
        List<Benchmark> england = List.of(england(before, 58.0), england(now, 70.0));

        // When
        Evaluation e = evaluate(List.of(i), List.of(before, now), england, List.of());

        // Then
        assertEquals(Outcome.RED, englandRating(e, now).outcome());
        assertEquals("Comparable", trendOf(e, now).label());
        TrendFlag f = onlyFlagOf(e, now);
        assertEquals(Severity.MEDIUM, f.severity());
        assertEquals(FLAG_FALL_GREEN_TO_RED, e.ruleFor(f));
        assertNoCoverageProblems(e);
    }

    @Test
    void a_significant_worsening_with_a_fall_in_the_england_rating_is_still_one_high_flag() {
        // Given CIs apart, high is good, value falling, and the England rating falling GREEN -> RED
        Indicator i = indicator("screening", Polarity.HIGH_IS_GOOD, ComparisonMethod.CONFIDENCE_INTERVALS_OR_TOLERANCE);
        Observation before = town("screening", "2021/22", "2019", 70.0, 69.0, 71.0);
        Observation now = town("screening", "2022/23", "2021", 55.0, 54.0, 56.0);
        List<Benchmark> england = List.of(england(before, 60.0), england(now, 60.0));

        // When
        Evaluation e = evaluate(List.of(i), List.of(before, now), england, List.of());

        // Then one flag, from the significant-worsening rule
        assertEquals(1, e.derived(RatingFall.class).size());
        assertEquals("Significantly worse", trendOf(e, now).label());
        TrendFlag f = onlyFlagOf(e, now);
        assertEquals(Severity.HIGH, f.severity());
        assertEquals(FLAG_SIGNIFICANT, e.ruleFor(f));
        assertNoCoverageProblems(e);
    }

    @Test
    void an_improving_trend_with_a_steady_england_rating_raises_no_flag() {
        // Given GREEN both years and a rise where high is good
        Indicator i = indicator("screening", Polarity.HIGH_IS_GOOD, ComparisonMethod.CONFIDENCE_INTERVALS_OR_TOLERANCE);
        Observation before = town("screening", "2021/22", "2019", 70.0, null, null);
        Observation now = town("screening", "2022/23", "2021", 80.0, null, null);
        List<Benchmark> england = List.of(england(before, 60.0), england(now, 60.0));

        // When
        Evaluation e = evaluate(List.of(i), List.of(before, now), england, List.of());

        // Then
        assertEquals("Improving", trendOf(e, now).label());
        assertEquals(List.of(), e.derived(RatingFall.class));
        assertEquals(List.of(), e.derived(TrendFlag.class));
        assertNoCoverageProblems(e);
    }

    @Test
    void a_better_england_rating_is_not_a_fall() {
        // Given RED, then GREEN, and a worsening trend (low is good, value up 10%, England fell a lot)
        Indicator i = indicator("obesity", Polarity.LOW_IS_GOOD, ComparisonMethod.CONFIDENCE_INTERVALS_OR_TOLERANCE);
        Observation before = town("obesity", "2021/22", "2019", 50.0, null, null);
        Observation now = town("obesity", "2022/23", "2021", 55.0, null, null);
        List<Benchmark> england = List.of(england(before, 40.0), england(now, 70.0));

        // When
        Evaluation e = evaluate(List.of(i), List.of(before, now), england, List.of());

        // Then no rating fall, and the worsening trend alone gives a MEDIUM flag
        assertEquals(Outcome.RED, englandRating(e, before).outcome());
        assertEquals(Outcome.GREEN, englandRating(e, now).outcome());
        assertEquals(List.of(), e.derived(RatingFall.class));
        TrendFlag f = onlyFlagOf(e, now);
        assertEquals(Severity.MEDIUM, f.severity());
        assertEquals(FLAG_WORSENING, e.ruleFor(f));
        assertNoCoverageProblems(e);
    }

    // ---------------------------------------------------------------- helpers

    private static Indicator indicator(String id, Polarity polarity, ComparisonMethod method) {
        return indicator(id, polarity, method, ValueType.PROPORTION);
    }

    private static Indicator indicator(String id, Polarity polarity, ComparisonMethod method, ValueType type) {
        return new Indicator(id, id + " (test)", "%", type, polarity, "test fixture", List.of(), method, null, "test");
    }

    /** A Fingertips-style single year: period and time period both the year; count of a denominator of 10,000. */
    private static Observation year(String id, int year, double value, double halfWidth) {
        double denominator = 10_000;
        return new Observation(id, LUTON, "Luton", Integer.toString(year), Integer.toString(year), "", value,
                value - halfWidth, value + halfWidth, null, null, (double) Math.round(value * denominator / 100), denominator, "");
    }

    /** Consecutive single years from {@code firstYear}, one per value, each with a CI of +/- halfWidth. */
    private static List<Observation> years(String id, int firstYear, double halfWidth, double... values) {
        List<Observation> series = new ArrayList<>();
        for (int k = 0; k < values.length; k++) {
            series.add(year(id, firstYear + k, values[k], halfWidth));
        }
        return series;
    }

    private static Observation withCounts(Observation o, Double count, Double denominator) {
        return new Observation(o.indicatorId(), o.areaCode(), o.areaName(), o.period(), o.timePeriod(), o.breakdown(),
                o.value(), o.lower95(), o.upper95(), o.lower998(), o.upper998(), count, denominator, o.note());
    }

    /** A town-style row: the reporting period block ("2022/23") and the time period it measures ("2021"). */
    private static Observation town(String id, String period, String timePeriod, Double value, Double lower95,
                                    Double upper95) {
        return new Observation(id, LUTON, "Luton", period, timePeriod, "", value, lower95, upper95, null, null,
                null, null, "");
    }

    private static Benchmark england(Observation o, double value) {
        return new Benchmark(o.key(), Comparator.ENGLAND, value, null, null, "England");
    }

    private static Observation last(List<Observation> series) {
        return series.get(series.size() - 1);
    }

    private static Evaluation evaluate(List<Indicator> indicators, List<Observation> observations) {
        return evaluate(indicators, observations, List.of(), List.of());
    }

    private static Evaluation evaluate(List<Indicator> indicators, List<Observation> observations,
                                       List<Benchmark> benchmarks, List<Object> others) {
        return new Evaluator().evaluate(rules, new Facts(indicators, observations, benchmarks, others));
    }

    private static TrendEvidence evidenceOf(List<Indicator> indicators, List<Observation> observations, Observation o) {
        return TrendEvidenceBuilder.build(indicators, observations).stream()
                .filter(e -> e.observationKey().equals(o.key())).findFirst().orElseThrow();
    }

    /** The one trend of an observation (the coverage check catches a second one). */
    private static Trend trendOf(Evaluation e, Observation o) {
        List<Trend> trends = e.derived(Trend.class).stream().filter(t -> t.observationKey().equals(o.key())).toList();
        assertEquals(1, trends.size(), "trends of " + o.key() + ": " + trends);
        return trends.get(0);
    }

    private static List<TrendFlag> flagsOf(Evaluation e, Observation o) {
        return e.derived(TrendFlag.class).stream().filter(f -> f.observationKey().equals(o.key())).toList();
    }

    private static TrendFlag onlyFlagOf(Evaluation e, Observation o) {
        List<TrendFlag> flags = flagsOf(e, o);
        assertEquals(1, flags.size(), "flags of " + o.key() + ": " + flags);
        return flags.get(0);
    }

    private static TrendCheck onlyCheck(Evaluation e) {
        List<TrendCheck> checks = e.derived(TrendCheck.class);
        assertEquals(1, checks.size(), "checks: " + checks);
        return checks.get(0);
    }

    private static Rating englandRating(Evaluation e, Observation o) {
        return e.ratings().stream().filter(r -> r.observationKey().equals(o.key()) && r.comparator() == Comparator.ENGLAND)
                .findFirst().orElseThrow();
    }

    private static void assertNoCoverageProblems(Evaluation e) {
        assertEquals(List.of(), e.problems(), "coverage problems");
    }
}
