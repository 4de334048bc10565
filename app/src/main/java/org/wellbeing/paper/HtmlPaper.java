package org.wellbeing.paper;

import java.util.List;
import java.util.Locale;
import org.wellbeing.chart.IndicatorSeries;
import org.wellbeing.chart.Palette;
import org.wellbeing.chart.TrendChart;
import org.wellbeing.service.BoardPrioritiesView;
import org.wellbeing.service.MatrixView;

/**
 * A board paper as one printable XHTML page (A4 landscape): the cover, each board's matrix with every comparison
 * saying its outcome in words on its Fingertips colour, a trend chart per indicator, the ranked priorities, and
 * the doubtful or missing data. Well-formed XML, so that openhtmltopdf renders the very same page as the PDF.
 */
public final class HtmlPaper {
    private static final List<String> COMPARATORS = List.of("england", "region", "neighbours", "goal");
    private static final String STYLE = """
            @page { size: A4 landscape; margin: 12mm 10mm 14mm 10mm;
              @bottom-left { content: "Evaluation %s, rule set %s"; font-size: 7pt; }
              @bottom-right { content: "Page " counter(page) " of " counter(pages); font-size: 7pt; } }
            body { font-family: Arial, Helvetica, sans-serif; font-size: 9pt; color: #0B0C0C; }
            h1 { font-size: 16pt; margin: 0 0 4pt 0; } h2 { font-size: 13pt; margin: 10pt 0 4pt 0; }
            h3 { font-size: 10.5pt; margin: 8pt 0 3pt 0; }
            .board, .priorities, .gaps, .charts { page-break-before: always; }
            table { border-collapse: collapse; width: 100%%; }
            th, td { border: 0.5pt solid #B1B4B6; padding: 1.5pt 3pt; vertical-align: top; text-align: left; }
            thead { display: table-header-group; } tr { page-break-inside: avoid; }
            th { background: #D9D9D9; }
            td.num { text-align: right; white-space: nowrap; }
            td.outcome { text-align: center; font-weight: bold; white-space: nowrap; border: 0.75pt solid #767676; }
            td.outcome .bench { display: block; font-weight: normal; font-size: 7pt; }
            td.no-data { color: #505A5F; font-style: italic; text-align: center; }
            dl.cover dt { font-weight: bold; margin-top: 4pt; } dl.cover dd { margin-left: 0; }
            .chart { display: inline-block; width: 48%%; margin: 0 1%% 8pt 0; page-break-inside: avoid; vertical-align: top; }
            .chart p.alt { font-size: 7pt; color: #505A5F; margin: 2pt 0 0 0; }
            .legend span { padding: 0 3pt; border: 0.5pt solid #767676; margin-right: 4pt; font-weight: bold; }
            .muted { color: #505A5F; }
            """;

    private HtmlPaper() {}

    public static String write(BoardPaper paper) {
        BoardPaper.Cover c = paper.cover();
        StringBuilder b = new StringBuilder(64 * 1024);
        b.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\""
                + " lang=\"en-GB\" data-evaluation=\"").append(esc(c.evaluationId())).append("\"><head><meta charset=\"utf-8\"/>")
                .append("<title>").append(esc("Board paper: " + c.boardName() + ", " + c.period())).append("</title>")
                .append("<style>").append(STYLE.formatted(cssText(c.evaluationId()), cssText(c.ruleSetVersion())))
                .append("</style></head><body>");
        cover(b, paper);
        for (MatrixView m : paper.boards()) board(b, m);
        charts(b, paper);
        priorities(b, paper);
        gaps(b, paper);
        return b.append("</body></html>\n").toString();
    }

    private static void cover(StringBuilder b, BoardPaper paper) {
        BoardPaper.Cover c = paper.cover();
        b.append("<section class=\"cover\"><h1>").append(esc("Board paper: " + c.boardName())).append("</h1>")
                .append("<p>").append(esc(c.areaName() + ", " + c.period())).append("</p><dl class=\"cover\">");
        dt(b, "Evaluation id", c.evaluationId());
        dt(b, "Evaluated at", c.evaluatedAt());
        dt(b, "Policy (rule-set) version", c.ruleSetVersion());
        dt(b, "Audit record", "record " + c.evaluationSequence() + " of the audit chain, hash " + c.evaluationHash());
        dt(b, "Audit checkpoint", c.checkpoint());
        dt(b, "Paper made at", c.madeAt());
        dt(b, "How to trace a figure", "explain INDICATOR --evaluation " + c.evaluationId() + " --db " + c.auditDatabase());
        b.append("</dl><p class=\"legend\">Each comparison says its outcome: <span style=\"background:#92D050\">GREEN</span>"
                + " better, <span style=\"background:#FFC000\">AMBER</span> similar, <span style=\"background:#C00000;"
                + "color:#FFFFFF\">RED</span> worse, <span style=\"background:#BED2FF\">HIGHER</span> / <span style=\""
                + "background:#5555E6;color:#FFFFFF\">LOWER</span> no judgement of good or bad, <span>n/c</span> not"
                + " compared.</p></section>");
    }

    private static void board(StringBuilder b, MatrixView m) {
        b.append("<section class=\"board\" data-board=\"").append(esc(m.boardId())).append("\"><h2>")
                .append(esc(m.boardName() + ": " + m.areaName() + ", " + m.period())).append("</h2>")
                .append("<table class=\"matrix\"><thead><tr><th>Indicator</th><th>Time period</th><th>Value</th>"
                        + "<th>England</th><th>Region</th><th>Neighbours</th><th>Goal</th><th>Trend</th>"
                        + "<th>Worsening flag</th></tr></thead><tbody>");
        for (MatrixView.Row row : m.rows()) {
            b.append("<tr data-indicator=\"").append(esc(row.indicatorId())).append("\"><td>").append(esc(row.name()))
                    .append("</td><td>").append(esc(row.timePeriod() == null ? "no data" : row.timePeriod()))
                    .append("</td><td class=\"num\">").append(esc(row.value() == null ? "" : PaperText.withUnit(row.value(), row.unit())))
                    .append("</td>");
            for (String comparator : COMPARATORS) outcomeCell(b, row, comparator);
            if (row.trend() == null) {
                b.append("<td class=\"no-data\">no data</td><td></td>");
            } else {
                b.append("<td>").append(esc(row.trend().label())).append("</td><td>")
                        .append(row.trend().flag() == null ? "no" : "yes, " + row.trend().flag().severity().toLowerCase(Locale.ROOT))
                        .append("</td>");
            }
            b.append("</tr>");
        }
        b.append("</tbody></table><p class=\"muted\">Evaluation ").append(esc(m.evaluationId())).append(", rule set ")
                .append(esc(m.ruleSetVersion())).append(".</p></section>");
    }

    private static void outcomeCell(StringBuilder b, MatrixView.Row row, String comparator) {
        MatrixView.Cell cell = row.cells().get(comparator);
        if (cell == null || cell.outcome() == null) {
            b.append("<td class=\"no-data\">no data</td>");
            return;
        }
        Palette p = Palette.of(cell.outcome());
        String bench = cell.rank() != null ? cell.rank() + " of " + cell.rankOf()
                : cell.benchmark() != null ? "vs " + PaperText.number(cell.benchmark()) : "";
        b.append("<td class=\"outcome\" data-comparator=\"").append(comparator).append("\" style=\"background:")
                .append(p.fill()).append(";color:").append(p.text()).append("\" title=\"").append(esc(cell.reason())).append("\">")
                .append(esc(Palette.label(cell.outcome())));
        if (!bench.isEmpty()) b.append("<span class=\"bench\">").append(esc(bench)).append("</span>");
        b.append("</td>");
    }

    private static void charts(StringBuilder b, BoardPaper paper) {
        if (paper.charts().isEmpty()) return;
        b.append("<section class=\"charts\"><h2>Trends: each indicator over every period</h2><p>The area as a solid line"
                + " (markers in the colour of its rating against England, whiskers its 95% confidence limits where known),"
                + " England dashed with squares, the region dotted with triangles. Under each chart, its figures in words.</p>");
        int i = 0;
        for (IndicatorSeries s : paper.charts()) {
            b.append("<div class=\"chart\"><h3>").append(esc(s.name() + (s.breakdown().isEmpty() ? "" : " (" + s.breakdown() + ")")))
                    .append("</h3>").append(TrendChart.svg(s, "trend-" + i++)).append("<p class=\"alt\">")
                    .append(esc(TrendChart.summary(s))).append("</p></div>");
        }
        b.append("</section>");
    }

    private static void priorities(StringBuilder b, BoardPaper paper) {
        b.append("<section class=\"priorities\"><h2>").append(esc("Priorities, " + paper.cover().period())).append("</h2>");
        String board = null;
        for (BoardPrioritiesView.RankedWorkstream w : paper.priorities()) {
            if (!w.boardName().equals(board)) {
                board = w.boardName();
                b.append("<h3>").append(esc(board)).append("</h3>");
            }
            b.append("<div class=\"priority\"><p><strong>").append(esc(w.rank() + ". " + w.workstreamName()))
                    .append("</strong>: score ").append(esc(PaperText.number(w.score()))).append(" from ")
                    .append(w.indicators().size()).append(" indicators, ").append(w.redRatings()).append(" RED ratings, ")
                    .append(w.worseningFlags()).append(" worsening flags.</p>");
            List<String> evidence = PaperText.evidence(w);
            if (!evidence.isEmpty()) {
                b.append("<p>Why:</p><ul>");
                evidence.forEach(e -> b.append("<li>").append(esc(e)).append("</li>"));
                b.append("</ul>");
            }
            if (!w.actions().isEmpty()) {
                b.append("<p>Actions: ").append(esc(String.join(" ", w.actions()))).append("</p>");
            }
            b.append("<p class=\"muted\">").append(esc("Ranked " + w.rank() + " of " + w.of() + " by the rule \"" + w.rule()
                    + "\" (" + w.ruleFile() + ").")).append("</p></div>");
        }
        if (!paper.notMeasured().isEmpty()) {
            b.append("<h3>Workstreams not measured</h3><ul>");
            paper.notMeasured().forEach(n -> b.append("<li>").append(esc(n.workstreamName() + " (" + n.boardName() + "): "
                    + n.reason())).append("</li>"));
            b.append("</ul>");
        }
        b.append("</section>");
    }

    private static void gaps(StringBuilder b, BoardPaper paper) {
        b.append("<section class=\"gaps\"><h2>Doubtful or missing data</h2>");
        if (paper.gaps().isEmpty()) {
            b.append("<p>None: every comparison was made.</p></section>");
            return;
        }
        b.append("<table><thead><tr><th>Board</th><th>Indicator</th><th>Comparator</th><th>What</th><th>Reason</th>"
                + "<th>Data quality</th></tr></thead><tbody>");
        for (DataGap g : paper.gaps()) {
            b.append("<tr><td>").append(esc(g.boardName())).append("</td><td>").append(esc(g.indicatorName()))
                    .append("</td><td>").append(esc(g.comparator())).append("</td><td>").append(esc(g.kind()))
                    .append("</td><td>").append(esc(g.reason())).append("</td><td>").append(esc(g.quality())).append("</td></tr>");
        }
        b.append("</tbody></table></section>");
    }

    private static void dt(StringBuilder b, String term, String value) {
        b.append("<dt>").append(esc(term)).append("</dt><dd>").append(esc(value)).append("</dd>");
    }

    /** Text safe inside a CSS string in an XML element. */
    private static String cssText(String s) {
        return esc(s == null ? "" : s.replaceAll("[^A-Za-z0-9._:-]", ""));
    }

    static String esc(String s) {
        if (s == null) return "";
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t') out.append(' ');
                    else out.append(c);
                }
            }
        }
        return out.toString();
    }
}
