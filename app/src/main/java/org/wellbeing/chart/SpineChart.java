package org.wellbeing.chart;

import static org.wellbeing.chart.Svg.esc;
import static org.wellbeing.chart.Svg.n;
import static org.wellbeing.chart.Svg.value;

import java.util.List;
import org.wellbeing.model.Polarity;

/**
 * A spine chart in the Fingertips style, one line per indicator: England's value at the centre (a black line),
 * the range of all areas as a light bar, the 25th to 75th percentiles as a darker bar, and the area's value as
 * a marker coloured by its rating against England. Where an indicator has a polarity the better end is on the
 * right, so "left is worse" holds on every line; without one, higher is on the right. The marker's shape and
 * the outcome written at the end of the line say the rating without colour: triangle up better, triangle down
 * worse, circle similar, square higher, diamond lower, hollow circle not compared.
 */
public final class SpineChart {
    private static final int NAME_W = 300;
    private static final int COL_W = 64;
    private static final int SPINE_W = 300;
    private static final int OUTCOME_W = 110;
    private static final int ROW_H = 24;
    private static final int HEAD_H = 40;
    static final int WIDTH = NAME_W + 3 * COL_W + SPINE_W + OUTCOME_W;

    private SpineChart() {}

    /** The marker shape that stands for an outcome. */
    static String shape(String outcome) {
        if (outcome == null) return "hollow";
        return switch (outcome) {
            case "GREEN" -> "triangle";
            case "RED" -> "triangle-down";
            case "HIGHER" -> "square";
            case "LOWER" -> "diamond";
            case "AMBER", "SIMILAR" -> "circle";
            default -> "hollow";
        };
    }

    /** A line of the chart in words. */
    public static String rowSummary(SpineRow r) {
        return r.name() + (r.breakdown().isEmpty() ? "" : " (" + r.breakdown() + ")") + ", " + r.timePeriod() + ": "
                + value(r.value()) + (r.england() == null ? "" : ", England " + value(r.england())) + ", "
                + (r.outcome() == null ? "not rated" : Palette.label(r.outcome()) + " against England") + "; " + r.areas()
                + " areas range from " + value(r.min()) + " to " + value(r.max()) + ", middle half " + value(r.q25())
                + " to " + value(r.q75()) + ".";
    }

    public static String svg(String areaName, List<SpineRow> rows, String id) {
        int height = HEAD_H + Math.max(1, rows.size()) * ROW_H + 8;
        StringBuilder b = new StringBuilder(2048 + rows.size() * 900);
        b.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"spine-chart\" role=\"img\" width=\"").append(WIDTH)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" aria-labelledby=\"").append(id).append("-title ").append(id).append("-desc\" font-family=\"")
                .append(Svg.FONT).append("\" font-size=\"11\">");
        b.append("<title id=\"").append(id).append("-title\">").append(esc("Spine chart: " + areaName
                + " compared with all areas")).append("</title>");
        StringBuilder desc = new StringBuilder();
        rows.forEach(r -> desc.append(rowSummary(r)).append(' '));
        b.append("<desc id=\"").append(id).append("-desc\">").append(esc(desc.toString().strip())).append("</desc>");
        b.append("<rect x=\"0\" y=\"0\" width=\"").append(WIDTH).append("\" height=\"").append(height).append("\" fill=\"#FFFFFF\"/>");
        double sx = NAME_W + 3 * COL_W;
        double cx = sx + SPINE_W / 2.0;
        header(b, sx, cx);
        for (int i = 0; i < rows.size(); i++) {
            row(b, rows.get(i), HEAD_H + i * ROW_H, sx, cx, i);
        }
        if (rows.isEmpty()) {
            b.append("<text x=\"4\" y=\"").append(HEAD_H + 16).append("\" fill=\"#0B0C0C\">No indicator of this area has a value to place.</text>");
        }
        return b.append("</svg>").toString();
    }

    private static void header(StringBuilder b, double sx, double cx) {
        String[] heads = {"Indicator", "Period", "Value", "England"};
        double[] xs = {4, NAME_W + 4, NAME_W + COL_W + COL_W - 6, NAME_W + 3 * COL_W - 6};
        for (int i = 0; i < heads.length; i++) {
            b.append("<text x=\"").append(n(xs[i])).append("\" y=\"").append(HEAD_H - 10).append('"')
                    .append(i >= 2 ? " text-anchor=\"end\"" : "").append(" font-weight=\"bold\" fill=\"#0B0C0C\">")
                    .append(heads[i]).append("</text>");
        }
        b.append("<text x=\"").append(n(sx + 4)).append("\" y=\"").append(HEAD_H - 24).append("\" fill=\"#0B0C0C\">worse / lower</text>");
        b.append("<text x=\"").append(n(cx)).append("\" y=\"").append(HEAD_H - 24)
                .append("\" text-anchor=\"middle\" fill=\"#0B0C0C\">England</text>");
        b.append("<text x=\"").append(n(sx + SPINE_W - 4)).append("\" y=\"").append(HEAD_H - 24)
                .append("\" text-anchor=\"end\" fill=\"#0B0C0C\">better / higher</text>");
        b.append("<text x=\"").append(n(sx + SPINE_W + 8)).append("\" y=\"").append(HEAD_H - 10)
                .append("\" font-weight=\"bold\" fill=\"#0B0C0C\">vs England</text>");
        b.append("<line x1=\"0\" x2=\"").append(WIDTH).append("\" y1=\"").append(HEAD_H - 4).append("\" y2=\"").append(HEAD_H - 4)
                .append("\" stroke=\"#0B0C0C\" stroke-width=\"1\"/>");
    }

    private static void row(StringBuilder b, SpineRow r, double top, double sx, double cx, int index) {
        double mid = top + ROW_H / 2.0;
        String name = r.name() + (r.breakdown().isEmpty() ? "" : " (" + r.breakdown() + ")");
        b.append("<g class=\"spine-row\" data-indicator=\"").append(esc(r.indicatorId())).append("\" data-outcome=\"")
                .append(r.outcome() == null ? "" : r.outcome()).append("\"><title>").append(esc(rowSummary(r))).append("</title>");
        if (index % 2 == 1) {
            b.append("<rect x=\"0\" y=\"").append(n(top)).append("\" width=\"").append(WIDTH).append("\" height=\"").append(ROW_H)
                    .append("\" fill=\"#F3F2F1\"/>");
        }
        b.append(text(4, mid + 4, shorten(name, 50), "start"));
        b.append(text(NAME_W + 4, mid + 4, shorten(r.timePeriod(), 10), "start"));
        b.append(text(NAME_W + 2 * COL_W - 6, mid + 4, value(r.value()), "end"));
        b.append(text(NAME_W + 3 * COL_W - 6, mid + 4, r.england() == null ? "–" : value(r.england()), "end"));
        double centre = r.england() != null ? r.england() : (r.min() + r.max()) / 2;
        double half = Math.max(Math.abs(r.min() - centre), Math.abs(r.max() - centre));
        if (r.value() != null) half = Math.max(half, Math.abs(r.value() - centre));
        if (half < 1e-12) half = 1;
        double dir = r.polarity() == Polarity.LOW_IS_GOOD ? -1 : 1;
        double scale = (SPINE_W / 2.0 - 8) / half;
        double h = half;
        java.util.function.DoubleUnaryOperator x = v -> cx + dir * (v - centre) * scale;
        double a = x.applyAsDouble(r.min());
        double z = x.applyAsDouble(r.max());
        b.append("<rect x=\"").append(n(Math.min(a, z))).append("\" y=\"").append(n(mid - 6)).append("\" width=\"")
                .append(n(Math.abs(z - a))).append("\" height=\"12\" fill=\"#D9D9D9\" stroke=\"#767676\" stroke-width=\"0.5\"/>");
        double q1 = x.applyAsDouble(r.q25());
        double q3 = x.applyAsDouble(r.q75());
        b.append("<rect x=\"").append(n(Math.min(q1, q3))).append("\" y=\"").append(n(mid - 6)).append("\" width=\"")
                .append(n(Math.abs(q3 - q1))).append("\" height=\"12\" fill=\"#8B8B8B\"/>");
        b.append("<line x1=\"").append(n(cx)).append("\" x2=\"").append(n(cx)).append("\" y1=\"").append(n(mid - 10))
                .append("\" y2=\"").append(n(mid + 10)).append("\" stroke=\"#0B0C0C\" stroke-width=\"2\"/>");
        if (r.value() != null && h > 0) {
            String shape = shape(r.outcome());
            Palette c = Palette.of(r.outcome());
            b.append(shape.equals("hollow") ? Svg.marker("circle", x.applyAsDouble(r.value()), mid, 5, "#FFFFFF", "#0B0C0C")
                    : Svg.marker(shape, x.applyAsDouble(r.value()), mid, 5.5, c.fill(), "#0B0C0C"));
        }
        b.append(text(sx + SPINE_W + 8, mid + 4, r.outcome() == null ? "not rated"
                : Palette.label(r.outcome()) + " (" + Palette.of(r.outcome()).words() + ")", "start"));
        b.append("</g>");
    }

    private static String text(double x, double y, String s, String anchor) {
        return "<text x=\"" + n(x) + "\" y=\"" + n(y) + "\"" + ("start".equals(anchor) ? "" : " text-anchor=\"" + anchor + "\"")
                + " fill=\"#0B0C0C\">" + esc(s) + "</text>";
    }

    private static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
