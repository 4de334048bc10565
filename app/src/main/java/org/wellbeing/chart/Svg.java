package org.wellbeing.chart;

import java.util.Locale;

/** A few helpers for writing SVG as text: escaping and short numbers. */
final class Svg {
    static final String FONT = "Arial, Helvetica, sans-serif";

    private Svg() {}

    static String esc(String s) {
        if (s == null) return "";
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** A coordinate with one decimal. */
    static String n(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    /** A value as people read it: up to 2 decimals, no trailing zeros. */
    static String value(Double v) {
        if (v == null) return "no value";
        double r = Math.round(v * 100) / 100.0;
        return r == Math.rint(r) && Math.abs(r) < 1e15 ? String.valueOf((long) r) : String.valueOf(r);
    }

    /** A marker shape centred on (x, y): circle, square, triangle, diamond or triangle-down. */
    static String marker(String shape, double x, double y, double r, String fill, String stroke) {
        String paint = " fill=\"" + fill + "\" stroke=\"" + stroke + "\" stroke-width=\"1.2\"";
        return switch (shape) {
            case "square" -> "<rect x=\"" + n(x - r) + "\" y=\"" + n(y - r) + "\" width=\"" + n(2 * r) + "\" height=\""
                    + n(2 * r) + "\"" + paint + "/>";
            case "triangle" -> "<polygon points=\"" + n(x) + "," + n(y - r * 1.2) + " " + n(x - r * 1.1) + "," + n(y + r * 0.9)
                    + " " + n(x + r * 1.1) + "," + n(y + r * 0.9) + "\"" + paint + "/>";
            case "triangle-down" -> "<polygon points=\"" + n(x) + "," + n(y + r * 1.2) + " " + n(x - r * 1.1) + ","
                    + n(y - r * 0.9) + " " + n(x + r * 1.1) + "," + n(y - r * 0.9) + "\"" + paint + "/>";
            case "diamond" -> "<polygon points=\"" + n(x) + "," + n(y - r * 1.3) + " " + n(x + r * 1.3) + "," + n(y) + " "
                    + n(x) + "," + n(y + r * 1.3) + " " + n(x - r * 1.3) + "," + n(y) + "\"" + paint + "/>";
            default -> "<circle cx=\"" + n(x) + "\" cy=\"" + n(y) + "\" r=\"" + n(r) + "\"" + paint + "/>";
        };
    }
}
