package org.wellbeing.chart;

/** Round axis ticks ("nice numbers") that cover a range. */
final class Ticks {
    private Ticks() {}

    /** About {@code count} ticks from at or below {@code lo} to at or above {@code hi}, a round step apart. */
    static double[] nice(double lo, double hi, int count) {
        if (hi - lo < 1e-9) {
            double pad = Math.abs(lo) < 1e-9 ? 1 : Math.abs(lo) * 0.1;
            lo -= pad;
            hi += pad;
        }
        double raw = (hi - lo) / Math.max(1, count - 1);
        double mag = Math.pow(10, Math.floor(Math.log10(raw)));
        double f = raw / mag;
        double step = (f <= 1 ? 1 : f <= 2 ? 2 : f <= 2.5 ? 2.5 : f <= 5 ? 5 : 10) * mag;
        double start = Math.floor(lo / step) * step;
        double end = Math.ceil(hi / step) * step;
        int n = (int) Math.round((end - start) / step) + 1;
        double[] ticks = new double[n];
        for (int i = 0; i < n; i++) ticks[i] = start + i * step;
        return ticks;
    }

    /** A tick's label with as many decimals as the step needs. */
    static String label(double v, double[] ticks) {
        double step = ticks.length > 1 ? ticks[1] - ticks[0] : 1;
        int decimals = step >= 1 ? 0 : (int) Math.ceil(-Math.log10(step) - 1e-9);
        return String.format(java.util.Locale.ROOT, "%,." + Math.min(decimals, 4) + "f", v);
    }
}
