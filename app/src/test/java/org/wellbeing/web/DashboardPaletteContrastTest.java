package org.wellbeing.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The colours the dashboard ships (read from {@code public/dashboard.css}): Fingertips' palette for the outcomes,
 * and text on every background it is used on reaching WCAG AA, a contrast ratio of at least 4.5:1.
 */
class DashboardPaletteContrastTest {
    static final double AA_TEXT = 4.5;
    /** WCAG 1.4.11: borders that identify a control or a cell's state need 3:1 against what surrounds them. */
    static final double AA_NON_TEXT = 3.0;

    static String css;
    static Map<String, String> colours;

    @BeforeAll
    static void read() throws IOException {
        try (InputStream in = DashboardPaletteContrastTest.class.getResourceAsStream("/public/dashboard.css")) {
            assertNotNull(in, "public/dashboard.css is on the classpath");
            css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        colours = new LinkedHashMap<>();
        Matcher m = Pattern.compile("--([a-z-]+):\\s*(#[0-9A-Fa-f]{6})\\s*;").matcher(css);
        while (m.find()) {
            colours.put(m.group(1), m.group(2).toUpperCase());
        }
    }

    @Test
    void the_outcome_backgrounds_are_fingertips_palette() {
        assertEquals("#92D050", colours.get("better-bg"));
        assertEquals("#FFC000", colours.get("similar-bg"));
        assertEquals("#C00000", colours.get("worse-bg"));
        assertEquals("#BED2FF", colours.get("higher-bg"));
        assertEquals("#5555E6", colours.get("lower-bg"));
        assertEquals("#FFFFFF", colours.get("not-compared-bg"));
    }

    @Test
    void every_text_colour_passes_aa_on_its_own_background() {
        List<String> pairs = new ArrayList<>();
        for (String name : colours.keySet()) {
            if (!name.endsWith("-fg")) continue;
            String base = name.substring(0, name.length() - 3);
            String bg = colours.get(base + "-bg");
            assertNotNull(bg, "--" + name + " has a --" + base + "-bg to be read on");
            double ratio = contrast(colours.get(name), bg);
            pairs.add(String.format("%s %s on %s: %.2f", base, colours.get(name), bg, ratio));
            assertTrue(ratio >= AA_TEXT, String.format("--%s %s on --%s-bg %s is %.2f:1, below %.1f:1",
                    name, colours.get(name), base, bg, ratio, AA_TEXT));
        }
        assertTrue(pairs.size() >= 10, pairs.toString());
    }

    @Test
    void text_used_on_other_backgrounds_passes_aa_there_too() {
        // muted and link text on the grey panels (provenance bar, priorities, hovered rows), body text on them
        for (String[] pair : new String[][] {{"muted-fg", "panel-bg"}, {"link-fg", "panel-bg"}, {"page-fg", "panel-bg"},
                {"muted-fg", "page-bg"}, {"page-fg", "no-data-bg"}, {"worse-bg", "page-bg"}}) {
            double ratio = contrast(colours.get(pair[0]), colours.get(pair[1]));
            assertTrue(ratio >= AA_TEXT, String.format("--%s on --%s is %.2f:1", pair[0], pair[1], ratio));
        }
    }

    @Test
    void the_not_compared_border_stands_out_from_the_page() {
        double ratio = contrast(colours.get("grey-border"), colours.get("not-compared-bg"));
        assertTrue(ratio >= AA_NON_TEXT, String.format("grey border %.2f:1", ratio));
    }

    @Test
    void every_rule_that_sets_a_palette_background_sets_its_matching_text_colour() {
        Matcher rule = Pattern.compile("([^{}]+)\\{([^{}]*)}").matcher(css);
        Pattern background = Pattern.compile("background(?:-color)?:\\s*var\\(--([a-z-]+)-bg\\)");
        Pattern colour = Pattern.compile("(?<![-a-z])color:\\s*var\\(--([a-z-]+)-fg\\)");
        int checked = 0;
        while (rule.find()) {
            Matcher bg = background.matcher(rule.group(2));
            Matcher fg = colour.matcher(rule.group(2));
            boolean hasBg = bg.find();
            boolean hasFg = fg.find();
            if (hasBg && hasFg) {
                assertEquals(bg.group(1), fg.group(1), "rule " + rule.group(1).strip());
                checked++;
            }
        }
        assertTrue(checked >= 7, "outcome classes found: " + checked);
        assertFalse(css.isEmpty());
    }

    /** WCAG 2 contrast ratio: (L1 + 0.05) / (L2 + 0.05) with relative luminance from sRGB. */
    static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    static double luminance(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        return 0.2126 * channel((rgb >> 16) & 0xFF) + 0.7152 * channel((rgb >> 8) & 0xFF) + 0.0722 * channel(rgb & 0xFF);
    }

    private static double channel(int value) {
        double c = value / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    @Test
    void the_contrast_formula_gives_the_known_extremes() {
        assertEquals(21.0, contrast("#000000", "#FFFFFF"), 1e-9);
        assertEquals(1.0, contrast("#C00000", "#C00000"), 1e-9);
        // #767676 on white is the classic 4.54:1
        assertEquals(4.54, contrast("#767676", "#FFFFFF"), 0.01);
    }
}
