package org.wellbeing.chart;

/**
 * OHID Fingertips' comparison colours and the text colour that reaches WCAG AA on each, as the dashboard's CSS
 * has them: better, similar, worse; blues where an indicator has no judgement; white for not compared.
 */
public enum Palette {
    GREEN("#92D050", "#0B0C0C", "better"),
    AMBER("#FFC000", "#0B0C0C", "similar"),
    RED("#C00000", "#FFFFFF", "worse"),
    HIGHER("#BED2FF", "#0B0C0C", "higher"),
    SIMILAR("#FFC000", "#0B0C0C", "similar"),
    LOWER("#5555E6", "#FFFFFF", "lower"),
    NOT_COMPARED("#FFFFFF", "#0B0C0C", "not compared");

    private final String fill;
    private final String text;
    private final String words;

    Palette(String fill, String text, String words) {
        this.fill = fill;
        this.text = text;
        this.words = words;
    }

    /** Background colour, {@code #RRGGBB}. */
    public String fill() { return fill; }

    /** Text colour on {@link #fill()}. */
    public String text() { return text; }

    /** The outcome in a word or two ("better", "not compared"). */
    public String words() { return words; }

    /** The palette entry of an outcome name, NOT_COMPARED for null or an unknown name. */
    public static Palette of(String outcome) {
        if (outcome == null) return NOT_COMPARED;
        try {
            return valueOf(outcome);
        } catch (IllegalArgumentException e) {
            return NOT_COMPARED;
        }
    }

    /** The label a cell shows: the outcome's own name, "n/c" for not compared. */
    public static String label(String outcome) {
        if (outcome == null) return "no data";
        return outcome.equals("NOT_COMPARED") ? "n/c" : outcome;
    }
}
