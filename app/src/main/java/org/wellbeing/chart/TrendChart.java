package org.wellbeing.chart;

import static org.wellbeing.chart.Svg.esc;
import static org.wellbeing.chart.Svg.n;
import static org.wellbeing.chart.Svg.value;

import java.util.ArrayList;
import java.util.List;

/**
 * An indicator's values over every period as a line chart: the area as a solid line with round markers filled
 * with the colour of its rating against England and 95% confidence limits as whiskers where known; England as a
 * dashed line with square markers; the region as a dotted line with triangles. The legend names each series by
 * its line and marker, so it reads in black and white.
 */
public final class TrendChart {
    static final int WIDTH = 460;
    static final int HEIGHT = 230;
    private static final int LEFT = 54;
    private static final int RIGHT = 14;
    private static final int TOP = 34;
    private static final int BOTTOM = 40;
    private static final String AREA_STROKE = "#1D3557";
    private static final String ENGLAND_STROKE = "#0B0C0C";
    private static final String REGION_STROKE = "#505A5F";

    private TrendChart() {}

    /** A chart's words for those who cannot see it: every period's value, limits and benchmarks. */
    public static String summary(IndicatorSeries s) {
        StringBuilder b = new StringBuilder();
        b.append(s.areaName()).append(", ").append(s.name());
        if (!s.breakdown().isEmpty()) b.append(" (").append(s.breakdown()).append(")");
        b.append(unitWords(s.unit())).append(": ");
        List<String> parts = new ArrayList<>();
        for (SeriesPoint p : s.points()) {
            String part = p.timePeriod() + " " + value(p.value());
            if (p.hasCi()) part += " (95% CI " + value(p.lower95()) + " to " + value(p.upper95()) + ")";
            List<String> benches = new ArrayList<>();
            if (p.england() != null) benches.add("England " + value(p.england()));
            if (p.region() != null) benches.add("region " + value(p.region()));
            if (!benches.isEmpty()) part += ", " + String.join(", ", benches);
            if (p.englandOutcome() != null) part += ", " + Palette.label(p.englandOutcome()) + " against England";
            parts.add(part);
        }
        return b.append(String.join("; ", parts)).append('.').toString();
    }

    /** The chart as an {@code <svg>} element, with a title and a description; {@code id} makes its ids unique. */
    public static String svg(IndicatorSeries s, String id) {
        List<SeriesPoint> pts = s.points();
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (SeriesPoint p : pts) {
            for (Double v : new Double[] {p.value(), p.lower95(), p.upper95(), p.england(), p.region()}) {
                if (v != null) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        if (lo == Double.POSITIVE_INFINITY) {
            lo = 0;
            hi = 1;
        }
        double[] ticks = Ticks.nice(lo, hi, 5);
        double y0 = ticks[0];
        double y1 = ticks[ticks.length - 1];
        double plotW = WIDTH - LEFT - RIGHT;
        double plotH = HEIGHT - TOP - BOTTOM;
        int count = pts.size();
        double step = plotW / Math.max(1, count);
        java.util.function.DoubleUnaryOperator y = v -> TOP + plotH - (v - y0) / (y1 - y0) * plotH;
        java.util.function.IntToDoubleFunction x = i -> LEFT + (i + 0.5) * step;

        StringBuilder b = new StringBuilder(4096);
        String title = s.name() + (s.breakdown().isEmpty() ? "" : " (" + s.breakdown() + ")");
        b.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"trend-chart\" role=\"img\" width=\"").append(WIDTH)
                .append("\" height=\"").append(HEIGHT).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" aria-labelledby=\"").append(id).append("-title ").append(id).append("-desc\" data-indicator=\"")
                .append(esc(s.indicatorId())).append("\" font-family=\"").append(Svg.FONT).append("\" font-size=\"11\">");
        b.append("<title id=\"").append(id).append("-title\">").append(esc("Trend: " + title)).append("</title>");
        b.append("<desc id=\"").append(id).append("-desc\">").append(esc(summary(s))).append("</desc>");
        b.append("<rect x=\"0\" y=\"0\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT)
                .append("\" fill=\"#FFFFFF\"/>");
        legend(b, s.areaName(), pts.stream().anyMatch(SeriesPoint::hasCi));
        for (double t : ticks) {
            b.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT).append("\" y1=\"").append(n(y.applyAsDouble(t)))
                    .append("\" y2=\"").append(n(y.applyAsDouble(t))).append("\" stroke=\"#D9D9D9\" stroke-width=\"1\"/>");
            b.append("<text x=\"").append(LEFT - 6).append("\" y=\"").append(n(y.applyAsDouble(t) + 4))
                    .append("\" text-anchor=\"end\" fill=\"#0B0C0C\">").append(esc(Ticks.label(t, ticks))).append("</text>");
        }
        boolean slant = count > 6;
        for (int i = 0; i < count; i++) {
            double px = x.applyAsDouble(i);
            double py = TOP + plotH + 14;
            b.append("<text x=\"").append(n(px)).append("\" y=\"").append(n(py)).append('"')
                    .append(slant ? " text-anchor=\"end\" transform=\"rotate(-30 " + n(px) + " " + n(py) + ")\"" : " text-anchor=\"middle\"")
                    .append(" fill=\"#0B0C0C\">").append(esc(pts.get(i).timePeriod())).append("</text>");
        }
        line(b, pts, x, y, SeriesPoint::region, REGION_STROKE, "2,3", "triangle", "#FFFFFF");
        line(b, pts, x, y, SeriesPoint::england, ENGLAND_STROKE, "6,3", "square", "#FFFFFF");
        for (int i = 0; i < count; i++) {
            SeriesPoint p = pts.get(i);
            if (!p.hasCi()) continue;
            double px = x.applyAsDouble(i);
            String ly = n(y.applyAsDouble(p.lower95()));
            String uy = n(y.applyAsDouble(p.upper95()));
            b.append("<path d=\"M").append(n(px)).append(',').append(ly).append(" V").append(uy).append(" M").append(n(px - 4))
                    .append(',').append(ly).append(" H").append(n(px + 4)).append(" M").append(n(px - 4)).append(',').append(uy)
                    .append(" H").append(n(px + 4)).append("\" stroke=\"").append(AREA_STROKE)
                    .append("\" stroke-width=\"1.2\" fill=\"none\"/>");
        }
        line(b, pts, x, y, SeriesPoint::value, AREA_STROKE, null, null, null);
        for (int i = 0; i < count; i++) {
            SeriesPoint p = pts.get(i);
            if (p.value() == null) continue;
            Palette c = Palette.of(p.englandOutcome());
            b.append("<g class=\"point\"><title>").append(esc(p.timePeriod() + ": " + value(p.value())
                    + (p.englandOutcome() == null ? "" : ", " + Palette.label(p.englandOutcome()) + " against England")))
                    .append("</title>").append(Svg.marker("circle", x.applyAsDouble(i), y.applyAsDouble(p.value()), 4.5,
                            c.fill(), AREA_STROKE)).append("</g>");
        }
        return b.append("</svg>").toString();
    }

    private static void legend(StringBuilder b, String areaName, boolean withCi) {
        double lx = LEFT;
        lx = legendItem(b, lx, areaName, AREA_STROKE, null, "circle", "#FFFFFF");
        lx = legendItem(b, lx, "England", ENGLAND_STROKE, "6,3", "square", "#FFFFFF");
        lx = legendItem(b, lx, "Region", REGION_STROKE, "2,3", "triangle", "#FFFFFF");
        if (withCi) {
            b.append("<path d=\"M").append(n(lx + 8)).append(",9 V21 M").append(n(lx + 4)).append(",9 H").append(n(lx + 12))
                    .append(" M").append(n(lx + 4)).append(",21 H").append(n(lx + 12)).append("\" stroke=\"").append(AREA_STROKE)
                    .append("\" stroke-width=\"1.2\" fill=\"none\"/>");
            b.append("<text x=\"").append(n(lx + 16)).append("\" y=\"19\" fill=\"#0B0C0C\">95% confidence limits</text>");
        }
    }

    private static double legendItem(StringBuilder b, double lx, String label, String stroke, String dash, String shape,
                                     String fill) {
        b.append("<line x1=\"").append(n(lx)).append("\" x2=\"").append(n(lx + 22)).append("\" y1=\"15\" y2=\"15\" stroke=\"")
                .append(stroke).append("\" stroke-width=\"").append(dash == null ? "2" : "1.5").append('"')
                .append(dash == null ? "" : " stroke-dasharray=\"" + dash + "\"").append("/>");
        b.append(Svg.marker(shape, lx + 11, 15, 4, fill, stroke));
        b.append("<text x=\"").append(n(lx + 27)).append("\" y=\"19\" fill=\"#0B0C0C\">").append(esc(label)).append("</text>");
        return lx + 27 + label.length() * 6.2 + 14;
    }

    private static void line(StringBuilder b, List<SeriesPoint> pts, java.util.function.IntToDoubleFunction x,
                             java.util.function.DoubleUnaryOperator y, java.util.function.Function<SeriesPoint, Double> of,
                             String stroke, String dash, String shape, String fill) {
        StringBuilder d = new StringBuilder();
        boolean pen = false;
        for (int i = 0; i < pts.size(); i++) {
            Double v = of.apply(pts.get(i));
            if (v == null) {
                pen = false;
                continue;
            }
            d.append(pen ? " L" : " M").append(n(x.applyAsDouble(i))).append(',').append(n(y.applyAsDouble(v)));
            pen = true;
        }
        if (d.length() > 0) {
            b.append("<path d=\"").append(d.toString().strip()).append("\" fill=\"none\" stroke=\"").append(stroke)
                    .append("\" stroke-width=\"").append(dash == null ? "2" : "1.5").append('"')
                    .append(dash == null ? "" : " stroke-dasharray=\"" + dash + "\"").append("/>");
        }
        if (shape != null) {
            for (int i = 0; i < pts.size(); i++) {
                Double v = of.apply(pts.get(i));
                if (v != null) b.append(Svg.marker(shape, x.applyAsDouble(i), y.applyAsDouble(v), 3.5, fill, stroke));
            }
        }
    }

    static String unitWords(String unit) {
        return switch (unit == null ? "" : unit) {
            case "percent" -> ", %";
            case "years" -> ", years";
            case "rate_per_1000" -> ", per 1,000";
            case "rate_per_100000" -> ", per 100,000";
            case "" -> "";
            default -> ", " + unit.replace('_', ' ');
        };
    }
}
