/**
 * Official public-health statistics from counts: a value with confidence limits at any level, computed
 * as the national methods do (PHEindicatormethods, the R package of England's public-health analysts;
 * reference results in {@code ../shared/phe-methods/}).
 *
 * <ul>
 *   <li>{@link org.wellbeing.stats.methods.Proportions}: Wilson score limits, at every count, 0 and n included;</li>
 *   <li>{@link org.wellbeing.stats.methods.CrudeRates}: exact Poisson limits below 10 events, Byar's from 10
 *       (or either alone, as the catalogue says);</li>
 *   <li>{@link org.wellbeing.stats.methods.DirectlyStandardisedRates}: Dobson limits, European Standard
 *       Population 2013 by default, not calculated below 10 events, widened for events that repeat for a person;</li>
 *   <li>{@link org.wellbeing.stats.methods.IndirectlyStandardised}: rate and ratio from reference age-specific
 *       rates, Byar's limits, exact below 10;</li>
 *   <li>{@link org.wellbeing.stats.methods.Means}: Student's t limits;</li>
 *   <li>{@link org.wellbeing.stats.methods.Quantiles}: deciles, quintiles, quartiles, septiles within groups.</li>
 * </ul>
 *
 * Bad input (a negative count, a denominator of 0, a numerator above its denominator for a proportion) is
 * refused with a {@link org.wellbeing.stats.methods.StatisticsException} that says what is wrong; a result
 * the method does not give (a DSR from fewer than 10 events, a missing count) is an
 * {@link org.wellbeing.stats.methods.Estimate} that says why. Depends on commons-math3 and nothing else.
 */
package org.wellbeing.stats.methods;
