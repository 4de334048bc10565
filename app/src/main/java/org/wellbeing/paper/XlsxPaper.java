package org.wellbeing.paper;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.wellbeing.chart.Palette;
import org.wellbeing.service.BoardPrioritiesView;
import org.wellbeing.service.MatrixView;

/**
 * A board paper as a workbook, in the layout of the town's strategy review: a cover sheet (evaluation id, policy
 * version, audit checkpoint, date), one sheet per board (indicator, time period, value and unit, England, region,
 * neighbour rank, each comparison as a cell filled with the Fingertips colour and saying its outcome in words,
 * trend, worsening flag), the ranked priorities with their evidence and actions, and the doubtful or missing
 * data. Header rows are frozen and repeated on every printed page; pages are landscape, fitted to the width.
 */
public final class XlsxPaper implements AutoCloseable {
    /** The first row of a board sheet's table (0-based): title and provenance above it. */
    public static final int HEADER_ROW = 3;
    /** The columns of a board sheet, as the town's strategy review has them. */
    public static final List<String> BOARD_COLUMNS = List.of("Indicator", "Time period", "Value", "Unit", "England",
            "vs England", "Region", "vs region", "Neighbour rank", "vs neighbours", "Goal", "vs goal", "Trend",
            "Worsening flag");
    /** The column of each comparator's filled cell. */
    public static final Map<String, Integer> COMPARISON_COLUMN = Map.of("england", 5, "region", 7, "neighbours", 9, "goal", 11);
    public static final String COVER = "Cover";
    public static final String PRIORITIES = "Priorities";
    public static final String DATA = "Doubtful or missing data";
    private static final int MAX_WIDTH = 60;

    private final XSSFWorkbook book = new XSSFWorkbook();
    private final Map<String, XSSFCellStyle> outcomeStyles = new HashMap<>();
    private final XSSFCellStyle header;
    private final XSSFCellStyle title;
    private final XSSFCellStyle wrap;
    private final XSSFCellStyle number;
    private final XSSFCellStyle noData;

    private XlsxPaper() {
        header = book.createCellStyle();
        XSSFFont bold = book.createFont();
        bold.setBold(true);
        header.setFont(bold);
        header.setFillForegroundColor(color("#D9D9D9"));
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        header.setWrapText(true);
        header.setVerticalAlignment(VerticalAlignment.TOP);
        title = book.createCellStyle();
        XSSFFont big = book.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 14);
        title.setFont(big);
        wrap = book.createCellStyle();
        wrap.setWrapText(true);
        wrap.setVerticalAlignment(VerticalAlignment.TOP);
        number = book.createCellStyle();
        number.setDataFormat(book.createDataFormat().getFormat("#,##0.0##"));
        number.setVerticalAlignment(VerticalAlignment.TOP);
        noData = book.createCellStyle();
        XSSFFont grey = book.createFont();
        grey.setColor(color("#505A5F"));
        grey.setItalic(true);
        noData.setFont(grey);
        noData.setVerticalAlignment(VerticalAlignment.TOP);
        for (Palette p : Palette.values()) {
            XSSFCellStyle s = book.createCellStyle();
            s.setFillForegroundColor(color(p.fill()));
            s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            XSSFFont f = book.createFont();
            f.setBold(true);
            f.setColor(color(p.text()));
            s.setFont(f);
            s.setAlignment(HorizontalAlignment.CENTER);
            s.setVerticalAlignment(VerticalAlignment.TOP);
            for (var border : List.<java.util.function.Consumer<BorderStyle>>of(s::setBorderTop, s::setBorderBottom,
                    s::setBorderLeft, s::setBorderRight)) {
                border.accept(BorderStyle.THIN);
            }
            outcomeStyles.put(p.name(), s);
        }
    }

    /** Writes the paper as an .xlsx workbook. */
    public static void write(BoardPaper paper, OutputStream out) throws IOException {
        try (XlsxPaper x = new XlsxPaper()) {
            x.cover(paper);
            Set<String> names = new HashSet<>(List.of(COVER, PRIORITIES, DATA));
            for (MatrixView m : paper.boards()) x.board(m, sheetName(m.boardName(), names), paper.cover());
            x.priorities(paper);
            x.gaps(paper);
            x.book.write(out);
        }
    }

    /** A sheet name Excel accepts (31 characters, no []:*?/\), unique in the book. */
    static String sheetName(String name, Set<String> taken) {
        String safe = WorkbookUtil.createSafeSheetName(name);
        String candidate = safe;
        for (int i = 2; taken.contains(candidate); i++) {
            String suffix = " " + i;
            candidate = safe.substring(0, Math.min(safe.length(), 31 - suffix.length())) + suffix;
        }
        taken.add(candidate);
        return candidate;
    }

    private void cover(BoardPaper paper) {
        BoardPaper.Cover c = paper.cover();
        XSSFSheet s = book.createSheet(COVER);
        text(s.createRow(0), 0, "Board paper: " + c.boardName() + ", " + c.period(), title);
        String[][] lines = {
                {"Area", c.areaName()},
                {"Board", c.boardName() + " (" + c.boardId() + ")"},
                {"Period", c.period()},
                {"Evaluation id", c.evaluationId()},
                {"Evaluated at", c.evaluatedAt()},
                {"Policy (rule-set) version", c.ruleSetVersion()},
                {"Audit record", "record " + c.evaluationSequence() + " of the audit chain, hash " + c.evaluationHash()},
                {"Audit checkpoint", c.checkpoint()},
                {"Paper made at", c.madeAt()},
                {"How to trace a figure", "java -jar target/wellbeing-engine.jar explain INDICATOR --evaluation "
                        + c.evaluationId() + " --db " + c.auditDatabase() + " [--comparator C] [--period " + c.period() + "]"},
                {"Sheets", "one per board (ratings), " + PRIORITIES + ", " + DATA},
        };
        for (int i = 0; i < lines.length; i++) {
            Row r = s.createRow(i + 2);
            text(r, 0, lines[i][0], header);
            text(r, 1, lines[i][1], wrap);
        }
        s.setColumnWidth(0, 28 * 256);
        s.setColumnWidth(1, 100 * 256);
        print(s, -1);
    }

    private void board(MatrixView m, String name, BoardPaper.Cover c) {
        XSSFSheet s = book.createSheet(name);
        text(s.createRow(0), 0, m.boardName() + ": " + m.areaName() + ", " + m.period(), title);
        text(s.createRow(1), 0, "Evaluation " + m.evaluationId() + ", rule set " + m.ruleSetVersion() + ". Each comparison"
                + " cell says its outcome and is filled with its Fingertips colour; its comment gives the reason and rule.", null);
        Row head = s.createRow(HEADER_ROW);
        for (int i = 0; i < BOARD_COLUMNS.size(); i++) text(head, i, BOARD_COLUMNS.get(i), header);
        int[] widths = BOARD_COLUMNS.stream().mapToInt(String::length).toArray();
        int r = HEADER_ROW + 1;
        var drawing = s.createDrawingPatriarch();
        var helper = book.getCreationHelper();
        for (MatrixView.Row row : m.rows()) {
            Row x = s.createRow(r);
            text(x, 0, row.name(), wrap);
            text(x, 1, row.timePeriod() == null ? "no data" : row.timePeriod(), row.timePeriod() == null ? noData : null);
            if (row.value() != null) num(x, 2, row.value());
            text(x, 3, unitWords(row.unit()), null);
            MatrixView.Cell england = row.cells().get("england");
            MatrixView.Cell region = row.cells().get("region");
            MatrixView.Cell neighbours = row.cells().get("neighbours");
            MatrixView.Cell goal = row.cells().get("goal");
            if (england != null && england.benchmark() != null) num(x, 4, england.benchmark());
            if (region != null && region.benchmark() != null) num(x, 6, region.benchmark());
            if (neighbours != null) {
                if (neighbours.rank() != null) text(x, 8, neighbours.rank() + " of " + neighbours.rankOf(), null);
                else if (neighbours.benchmark() != null) num(x, 8, neighbours.benchmark());
            }
            if (row.goal() != null) text(x, 10, goalWords(row), null);
            for (Map.Entry<String, Integer> e : COMPARISON_COLUMN.entrySet()) {
                MatrixView.Cell cell = row.cells().get(e.getKey());
                Cell target = x.createCell(e.getValue());
                if (cell == null || cell.outcome() == null) {
                    target.setCellValue("no data");
                    target.setCellStyle(noData);
                    continue;
                }
                target.setCellValue(Palette.label(cell.outcome()));
                target.setCellStyle(outcomeStyles.get(Palette.of(cell.outcome()).name()));
                var anchor = helper.createClientAnchor();
                anchor.setCol1(e.getValue());
                anchor.setCol2(e.getValue() + 4);
                anchor.setRow1(r);
                anchor.setRow2(r + 4);
                var comment = drawing.createCellComment(anchor);
                comment.setString(helper.createRichTextString(cell.outcome() + " (" + cell.method() + "): " + cell.reason()
                        + (cell.rule() == null ? "" : "\nRule: " + cell.rule() + " (" + cell.ruleFile() + ")")));
                target.setCellComment(comment);
            }
            if (row.trend() != null) {
                text(x, 12, row.trend().label(), wrap);
                text(x, 13, row.trend().flag() == null ? "no" : "yes, " + row.trend().flag().severity().toLowerCase(java.util.Locale.ROOT), null);
            } else {
                text(x, 12, "no data", noData);
            }
            for (int i = 0; i < BOARD_COLUMNS.size(); i++) {
                Cell cell = x.getCell(i);
                if (cell != null) widths[i] = Math.max(widths[i], display(cell).length());
            }
            r++;
        }
        widths(s, widths);
        s.createFreezePane(1, HEADER_ROW + 1);
        s.setAutoFilter(new CellRangeAddress(HEADER_ROW, Math.max(HEADER_ROW, r - 1), 0, BOARD_COLUMNS.size() - 1));
        print(s, HEADER_ROW);
    }

    private void priorities(BoardPaper paper) {
        XSSFSheet s = book.createSheet(PRIORITIES);
        text(s.createRow(0), 0, "Priorities: " + paper.cover().boardName() + ", " + paper.cover().period(), title);
        text(s.createRow(1), 0, "Workstreams ranked by the priority rules; the evidence is each linked indicator's outcomes,"
                + " worsening flags and points.", null);
        List<String> cols = List.of("Board", "Rank", "Workstream", "Score", "RED ratings", "Worsening flags", "Evidence",
                "Actions", "Ranked by");
        Row head = s.createRow(HEADER_ROW);
        for (int i = 0; i < cols.size(); i++) text(head, i, cols.get(i), header);
        int r = HEADER_ROW + 1;
        for (BoardPrioritiesView.RankedWorkstream w : paper.priorities()) {
            Row x = s.createRow(r++);
            text(x, 0, w.boardName(), wrap);
            x.createCell(1).setCellValue(w.rank());
            text(x, 2, w.workstreamName(), wrap);
            num(x, 3, w.score());
            x.createCell(4).setCellValue(w.redRatings());
            x.createCell(5).setCellValue(w.worseningFlags());
            text(x, 6, String.join("\n", PaperText.evidence(w)), wrap);
            text(x, 7, String.join("\n", w.actions()), wrap);
            text(x, 8, "rank " + w.rank() + " of " + w.of() + ", rule \"" + w.rule() + "\" (" + w.ruleFile() + ")", wrap);
        }
        for (BoardPrioritiesView.NotMeasuredWorkstream n : paper.notMeasured()) {
            Row x = s.createRow(r++);
            text(x, 0, n.boardName(), wrap);
            text(x, 1, "not measured", noData);
            text(x, 2, n.workstreamName(), wrap);
            text(x, 6, n.reason(), wrap);
        }
        widths(s, atLeastHeaders(cols, new int[] {30, 8, 40, 8, 8, 10, MAX_WIDTH, MAX_WIDTH, 40}));
        s.createFreezePane(0, HEADER_ROW + 1);
        print(s, HEADER_ROW);
    }

    private void gaps(BoardPaper paper) {
        XSSFSheet s = book.createSheet(DATA);
        text(s.createRow(0), 0, "Doubtful or missing data: " + paper.cover().boardName() + ", " + paper.cover().period(), title);
        text(s.createRow(1), 0, "Comparisons not made, values missing for the period, and values the data-quality rules mark"
                + " as doubtful, with the reason and the source's own note.", null);
        List<String> cols = List.of("Board", "Indicator", "Comparator", "What", "Reason", "Data quality", "Source note");
        Row head = s.createRow(HEADER_ROW);
        for (int i = 0; i < cols.size(); i++) text(head, i, cols.get(i), header);
        int r = HEADER_ROW + 1;
        for (DataGap g : paper.gaps()) {
            Row x = s.createRow(r++);
            text(x, 0, g.boardName(), wrap);
            text(x, 1, g.indicatorName(), wrap);
            text(x, 2, g.comparator(), null);
            text(x, 3, g.kind(), null);
            text(x, 4, g.reason(), wrap);
            text(x, 5, g.quality(), wrap);
            text(x, 6, g.note(), wrap);
        }
        widths(s, atLeastHeaders(cols, new int[] {30, 50, 12, 14, MAX_WIDTH, 30, MAX_WIDTH}));
        s.createFreezePane(0, HEADER_ROW + 1);
        print(s, HEADER_ROW);
    }

    private static void print(XSSFSheet s, int repeatRow) {
        PrintSetup p = s.getPrintSetup();
        p.setLandscape(true);
        p.setPaperSize(PrintSetup.A4_PAPERSIZE);
        p.setFitWidth((short) 1);
        p.setFitHeight((short) 0);
        s.setFitToPage(true);
        s.setAutobreaks(true);
        if (repeatRow >= 0) s.setRepeatingRows(new CellRangeAddress(repeatRow, repeatRow, -1, -1));
    }

    /** Column widths that fit their longest text, up to {@value #MAX_WIDTH} characters (longer text wraps). */
    private static void widths(XSSFSheet s, int[] chars) {
        for (int i = 0; i < chars.length; i++) s.setColumnWidth(i, (Math.min(chars[i], MAX_WIDTH) + 2) * 256);
    }

    private static int[] atLeastHeaders(List<String> headers, int[] chars) {
        for (int i = 0; i < chars.length; i++) chars[i] = Math.max(chars[i], headers.get(i).length());
        return chars;
    }

    private static String display(Cell c) {
        return switch (c.getCellType()) {
            case NUMERIC -> String.valueOf(c.getNumericCellValue());
            case STRING -> c.getStringCellValue();
            default -> "";
        };
    }

    private static void text(Row r, int col, String value, XSSFCellStyle style) {
        Cell c = r.createCell(col);
        c.setCellValue(value == null ? "" : value);
        if (style != null) c.setCellStyle(style);
    }

    private void num(Row r, int col, double value) {
        Cell c = r.createCell(col);
        c.setCellValue(value);
        c.setCellStyle(number);
    }

    static String unitWords(String unit) {
        return switch (unit == null ? "" : unit) {
            case "percent" -> "%";
            case "rate_per_1000" -> "per 1,000";
            case "rate_per_100000" -> "per 100,000";
            default -> unit == null ? "" : unit.replace('_', ' ');
        };
    }

    static String goalWords(MatrixView.Row row) {
        var g = row.goal();
        return g.lower() == g.upper() ? PaperText.number(g.lower())
                : PaperText.number(g.lower()) + " to " + PaperText.number(g.upper());
    }

    private static XSSFColor color(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        return new XSSFColor(new byte[] {(byte) (rgb >> 16), (byte) (rgb >> 8), (byte) rgb}, null);
    }

    @Override
    public void close() throws IOException {
        book.close();
    }
}
