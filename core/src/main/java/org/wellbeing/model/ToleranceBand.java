package org.wellbeing.model;

/**
 * The similar-band in force for one indicator when its confidence interval is unknown: a value within the
 * band of the benchmark counts as similar. Either relative, {@code percent} of the benchmark, chosen by value
 * type from a named threshold; or absolute, in the indicator's own unit, from the catalogue
 * ({@code similar_band_absolute}) for scores centred on zero and values rounded too coarsely for a relative band.
 *
 * @param threshold  the threshold the band comes from, or "similar_band_absolute" for the catalogue's band
 * @param absolute   the band in the indicator's unit, null for a relative band
 * @param nearZero   a relative band is not applied to a benchmark closer to zero than this (threshold
 *                   similar.band.relative.min.benchmark); 0 for an absolute band
 */
public record ToleranceBand(String indicatorId, double percent, String threshold, Double absolute, double nearZero) {

    /** A relative band, applied to any benchmark. */
    public ToleranceBand(String indicatorId, double percent, String threshold) {
        this(indicatorId, percent, threshold, null, 0.0);
    }

    public static ToleranceBand absolute(String indicatorId, double band) {
        return new ToleranceBand(indicatorId, 0.0, "similar_band_absolute in the catalogue, in the indicator's unit", band, 0.0);
    }

    /** Half the band's width around {@code benchmark}, in the indicator's unit. */
    public double width(double benchmark) {
        return absolute != null ? absolute : percent * Math.abs(benchmark) / 100.0;
    }

    /** False where a relative band would be applied to a benchmark within {@link #nearZero} of zero. */
    public boolean appliesTo(double benchmark) {
        return absolute != null || Math.abs(benchmark) >= nearZero;
    }

    /** "4.0%" for a relative band, "0.05" for an absolute one (the threshold names its unit), for a reason. */
    public String describe() {
        return absolute != null ? String.valueOf(absolute) : percent + "%";
    }
}
