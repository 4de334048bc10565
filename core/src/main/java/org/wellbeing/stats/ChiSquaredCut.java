package org.wellbeing.stats;

import org.apache.commons.math3.distribution.ChiSquaredDistribution;

/** Cut points of the chi-squared distribution, from commons-math3. */
public final class ChiSquaredCut {

    private ChiSquaredCut() {}

    /**
     * The value a chi-squared statistic with the given degrees of freedom exceeds with probability 1 − confidence.
     * upperPoint(0.998, 1) = 9.5495..., Fingertips' ChiSquareConfidence.
     */
    public static double upperPoint(double confidence, int degreesOfFreedom) {
        if (!(confidence > 0 && confidence < 1)) throw new IllegalArgumentException("confidence must be in (0, 1): " + confidence);
        return new ChiSquaredDistribution(degreesOfFreedom, 1e-12).inverseCumulativeProbability(confidence);
    }
}
