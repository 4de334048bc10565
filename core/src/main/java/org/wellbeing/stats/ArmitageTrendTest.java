package org.wellbeing.stats;

/**
 * Armitage's chi-squared test for trend in proportions, with scores t = 1..k:
 * <pre>
 * chi² = N (N Σ x_i t_i − X Σ n_i t_i)² / [ X (N − X) (N Σ n_i t_i² − (Σ n_i t_i)²) ]
 * </pre>
 * x_i the counts, n_i the denominators, X = Σ x_i, N = Σ n_i. Fingertips pairs it with an outlier check on the
 * ordinary least-squares slope of the log-odds ln(x / (n − x)) on t, with each point left out in turn.
 */
public final class ArmitageTrendTest {

    private ArmitageTrendTest() {}

    /** The chi-squared for trend of counts over denominators, scores 1..k. */
    public static double chiSquared(double[] counts, double[] denominators) {
        check(counts, denominators);
        double n = 0, x = 0, xt = 0, nt = 0, nt2 = 0;
        for (int i = 0; i < counts.length; i++) {
            int t = i + 1;
            n += denominators[i];
            x += counts[i];
            xt += counts[i] * t;
            nt += denominators[i] * t;
            nt2 += denominators[i] * t * t;
        }
        double diff = n * xt - x * nt;
        return n * diff * diff / (x * (n - x) * (n * nt2 - nt * nt));
    }

    /** ln(count / (denominator − count)) for each point. */
    public static double[] logOdds(double[] counts, double[] denominators) {
        check(counts, denominators);
        double[] y = new double[counts.length];
        for (int i = 0; i < y.length; i++) y[i] = Math.log(counts[i] / (denominators[i] - counts[i]));
        return y;
    }

    /** Scores 1..k. */
    public static double[] scores(int k) {
        double[] t = new double[k];
        for (int i = 0; i < k; i++) t[i] = i + 1;
        return t;
    }

    private static void check(double[] counts, double[] denominators) {
        if (counts.length != denominators.length || counts.length < 2) {
            throw new IllegalArgumentException("need at least 2 counts with as many denominators");
        }
    }
}
