package org.wellbeing.stats;

/**
 * Weighted least-squares line y = intercept + slope·x.
 *
 * <p>The slope's standard error is the one for known variances (weights are 1/variance):
 * SE(slope)² = Σw / (Σw·Σwx² − (Σwx)²). It is not rescaled by the residual variance, as in Fingertips.
 * With all weights 1 the slope is the ordinary least-squares slope.
 */
public record WeightedLinearFit(double slope, double intercept, double slopeStandardError) {

    /** The fit of y on x with weights w (equal lengths, at least two distinct x, positive finite weights). */
    public static WeightedLinearFit of(double[] x, double[] y, double[] w) {
        if (x.length != y.length || x.length != w.length) {
            throw new IllegalArgumentException("x, y and w differ in length: " + x.length + ", " + y.length + ", " + w.length);
        }
        double s = 0, sx = 0, sy = 0, sxx = 0, sxy = 0;
        for (int i = 0; i < x.length; i++) {
            if (!(w[i] > 0) || Double.isInfinite(w[i])) throw new IllegalArgumentException("weight " + i + " is " + w[i]);
            s += w[i];
            sx += w[i] * x[i];
            sy += w[i] * y[i];
            sxx += w[i] * x[i] * x[i];
            sxy += w[i] * x[i] * y[i];
        }
        double d = s * sxx - sx * sx;
        if (!(d > 0)) throw new IllegalArgumentException("need at least two distinct x values");
        double slope = (s * sxy - sx * sy) / d;
        return new WeightedLinearFit(slope, (sy - slope * sx) / s, Math.sqrt(s / d));
    }

    /** Unweighted (ordinary) least squares. */
    public static WeightedLinearFit ordinary(double[] x, double[] y) {
        double[] w = new double[x.length];
        java.util.Arrays.fill(w, 1.0);
        return of(x, y, w);
    }

    /** (slope / SE(slope))², the Wald chi-squared with 1 degree of freedom. */
    public double chiSquared() {
        double z = slope / slopeStandardError;
        return z * z;
    }

    /** The slopes of the fits with point 0, 1, ... left out in turn. */
    public static double[] leaveOneOutSlopes(double[] x, double[] y, double[] w) {
        int n = x.length;
        double[] slopes = new double[n];
        for (int leave = 0; leave < n; leave++) {
            double[] xs = new double[n - 1], ys = new double[n - 1], ws = new double[n - 1];
            for (int i = 0, j = 0; i < n; i++) {
                if (i == leave) continue;
                xs[j] = x[i];
                ys[j] = y[i];
                ws[j] = w[i];
                j++;
            }
            slopes[leave] = of(xs, ys, ws).slope();
        }
        return slopes;
    }
}
