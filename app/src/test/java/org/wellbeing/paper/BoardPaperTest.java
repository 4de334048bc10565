package org.wellbeing.paper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wellbeing.io.out.RatingRow;
import org.wellbeing.model.Board;
import org.wellbeing.model.Indicator;
import org.wellbeing.service.Services;
import org.wellbeing.testing.Cli;

/**
 * A board paper read back as its readers get it: the workbook through POI, the PDF through PDFBox's text
 * extraction, each against the stored evaluation its cover names, which {@code explain --evaluation} accepts.
 */
class BoardPaperTest {
    static final String PERIOD = "2022/23";
    /** Fingertips' comparison colours, as the README gives them: outcome to fill. */
    static final Map<String, String> FILLS = Map.of("GREEN", "92D050", "AMBER", "FFC000", "RED", "C00000",
            "HIGHER", "BED2FF", "SIMILAR", "FFC000", "LOWER", "5555E6", "NOT_COMPARED", "FFFFFF");
    static final List<String> COMPARATORS = List.of("england", "region", "neighbours", "goal");

    static Path folder;
    static Path db;
    static Services services;
    static BoardPaper all;
    static XSSFWorkbook book;
    static String evaluationId;
    static List<RatingRow> stored;

    @BeforeAll
    static void makeTheAllBoardsPaper() throws Exception {
        folder = Files.createTempDirectory("wellbeing-paper-");
        db = folder.resolve("audit.db");
        services = Services.open(Path.of("rules"), Path.of("data", "luton"), db);
        all = new PaperService(services).make("all", PERIOD);
        Path xlsx = folder.resolve("all.xlsx");
        try (OutputStream out = Files.newOutputStream(xlsx)) {
            PaperWriter.write(all, PaperFormat.xlsx, out);
        }
        try (InputStream in = Files.newInputStream(xlsx)) {
            book = new XSSFWorkbook(in);
        }
        evaluationId = coverValue("Evaluation id");
        stored = services.evaluations().get(evaluationId).document().ratings().stream()
                .filter(r -> r.period().equals(PERIOD)).toList();
    }

    @AfterAll
    static void close() throws IOException {
        if (book != null) book.close();
        if (services != null) services.close();
    }

    @Test
    void every_comparison_cell_of_every_board_says_and_is_filled_with_the_outcome_the_stored_evaluation_gave() {
        Map<String, String> idByName = new HashMap<>();
        for (Indicator i : services.data().indicators()) {
            assertEquals(null, idByName.put(i.name(), i.id()), "indicator names are unique: " + i.name());
        }
        Map<String, RatingRow> byCell = new HashMap<>();
        stored.forEach(r -> byCell.put(r.indicatorId() + "#" + r.comparator(), r));
        List<Board> boards = services.data().boards();
        Set<String> seen = new HashSet<>();
        for (Board board : boards) {
            XSSFSheet sheet = sheetOf(board.name());
            Row head = sheet.getRow(XlsxPaper.HEADER_ROW);
            assertEquals("Indicator", head.getCell(0).getStringCellValue());
            int cells = 0;
            for (int r = XlsxPaper.HEADER_ROW + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                String id = idByName.get(row.getCell(0).getStringCellValue());
                assertNotNull(id, board.name() + " row " + (r + 1) + ": no indicator named " + row.getCell(0));
                for (String comparator : COMPARATORS) {
                    int col = XlsxPaper.COMPARISON_COLUMN.get(comparator);
                    assertEquals("vs " + (comparator.equals("england") ? "England" : comparator),
                            head.getCell(col).getStringCellValue());
                    Cell cell = row.getCell(col);
                    RatingRow rating = byCell.get(id + "#" + comparator);
                    String where = board.name() + "!" + cell.getAddress() + " (" + id + ", " + comparator + ")";
                    if (rating == null) {
                        assertEquals("no data", cell.getStringCellValue(), where);
                        continue;
                    }
                    String label = rating.outcome().equals("NOT_COMPARED") ? "n/c" : rating.outcome();
                    assertEquals(label, cell.getStringCellValue(), where);
                    XSSFCellStyle style = (XSSFCellStyle) cell.getCellStyle();
                    assertNotNull(style.getFillForegroundColorColor(), where + " has no fill");
                    assertEquals(FILLS.get(rating.outcome()), style.getFillForegroundColorColor().getARGBHex().substring(2),
                            where + " fill");
                    assertTrue(cell.getCellComment().getString().getString().startsWith(rating.outcome() + " ("),
                            where + " comment gives the reason");
                    seen.add(id + "#" + comparator);
                    cells++;
                }
            }
            assertTrue(cells > 0, board.name() + " has rated cells");
        }
        assertEquals(boards.size() + 3, book.getNumberOfSheets(), "cover, a sheet per board, priorities, data");
        Set<String> boardIndicators = new HashSet<>();
        all.boards().forEach(m -> m.rows().forEach(row -> boardIndicators.add(row.indicatorId())));
        long expected = stored.stream().filter(r -> boardIndicators.contains(r.indicatorId())).count();
        assertEquals(expected, seen.size(), "every rating of the boards' indicators is in some sheet");
    }

    @Test
    void the_cover_names_the_evaluation_that_explain_accepts_and_the_audit_record_behind_it() throws Exception {
        assertEquals(all.cover().evaluationId(), evaluationId);
        assertTrue(coverValue("Policy (rule-set) version").matches("[0-9a-f]{64}"), coverValue("Policy (rule-set) version"));
        assertTrue(coverValue("Audit checkpoint").contains("chain head: record "), coverValue("Audit checkpoint"));
        assertTrue(coverValue("Audit record").startsWith("record " + services.evaluations().get(evaluationId).sequence()));
        assertFalse(coverValue("Paper made at").isBlank());
        RatingRow red = stored.stream().filter(r -> r.comparator().equals("england")).findFirst().orElseThrow();
        Cli.Run run = Cli.run("explain", red.indicatorId(), "--evaluation", evaluationId, "--db", db.toString(),
                "--comparator", "england", "--period", PERIOD);
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith(red.outcome() + " against england: "), run.out());
        assertTrue(run.out().contains("rule \"" + red.rule() + "\""), run.out());
        assertTrue(run.out().contains("evaluation " + evaluationId), run.out());

        Cli.Run unknown = Cli.run("explain", red.indicatorId(), "--evaluation", "no-such-id", "--db", db.toString());
        assertEquals(2, unknown.exitCode());
        assertEquals(List.of("error: no evaluation with id 'no-such-id'"), unknown.errLines());
    }

    @Test
    void sheets_freeze_their_header_and_print_landscape_fitted_to_the_width_with_the_header_repeated() {
        for (int i = 1; i < book.getNumberOfSheets(); i++) {
            XSSFSheet s = book.getSheetAt(i);
            assertEquals(XlsxPaper.HEADER_ROW + 1, s.getPaneInformation().getHorizontalSplitPosition(), s.getSheetName());
            assertTrue(s.getPrintSetup().getLandscape(), s.getSheetName());
            assertEquals(1, s.getPrintSetup().getFitWidth(), s.getSheetName());
            assertEquals(0, s.getPrintSetup().getFitHeight(), s.getSheetName());
            assertTrue(s.getFitToPage(), s.getSheetName());
            assertEquals(XlsxPaper.HEADER_ROW, s.getRepeatingRows().getFirstRow(), s.getSheetName());
            for (int c = 0; c < s.getRow(XlsxPaper.HEADER_ROW).getLastCellNum(); c++) {
                String header = s.getRow(XlsxPaper.HEADER_ROW).getCell(c).getStringCellValue();
                assertTrue(s.getColumnWidth(c) >= Math.min(header.length(), 60) * 256, s.getSheetName() + " column " + header);
            }
        }
    }

    @Test
    void the_doubtful_or_missing_sheet_lists_every_cell_that_is_not_a_rating() {
        XSSFSheet gaps = book.getSheet(XlsxPaper.DATA);
        Set<String> listed = new HashSet<>();
        for (int r = XlsxPaper.HEADER_ROW + 1; r <= gaps.getLastRowNum(); r++) {
            Row row = gaps.getRow(r);
            listed.add(row.getCell(0).getStringCellValue() + "#" + row.getCell(1).getStringCellValue() + "#"
                    + row.getCell(2).getStringCellValue());
            assertFalse(row.getCell(4).getStringCellValue().isBlank(), "row " + (r + 1) + " gives a reason");
        }
        int expected = 0;
        for (Board board : services.data().boards()) {
            XSSFSheet sheet = sheetOf(board.name());
            for (int r = XlsxPaper.HEADER_ROW + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                boolean noValue = "no data".equals(row.getCell(1).getStringCellValue());
                for (String comparator : COMPARATORS) {
                    String text = row.getCell(XlsxPaper.COMPARISON_COLUMN.get(comparator)).getStringCellValue();
                    if (!text.equals("n/c") && !text.equals("no data")) continue;
                    String key = board.name() + "#" + row.getCell(0).getStringCellValue() + "#" + (noValue ? "all" : comparator);
                    assertTrue(listed.contains(key), "not listed: " + key);
                    expected++;
                }
            }
        }
        assertTrue(expected > 0, "the bundled data has comparisons not made");
    }

    @Test
    void the_priorities_sheet_ranks_each_boards_workstreams_with_evidence_and_actions() {
        XSSFSheet p = book.getSheet(XlsxPaper.PRIORITIES);
        int ranked = 0;
        for (int r = XlsxPaper.HEADER_ROW + 1; r <= p.getLastRowNum(); r++) {
            Row row = p.getRow(r);
            if (row.getCell(1).getCellType() != org.apache.poi.ss.usermodel.CellType.NUMERIC) continue;
            ranked++;
            if (row.getCell(3).getNumericCellValue() > 0) {
                assertFalse(row.getCell(6).getStringCellValue().isBlank(), "evidence in row " + (r + 1));
            }
        }
        assertEquals(all.priorities().size(), ranked);
        assertTrue(ranked > 0);
    }

    @Test
    void the_pdf_has_each_indicator_name_followed_by_its_outcomes_and_a_trend_chart() throws Exception {
        BoardPaper paper = new PaperService(services).make("childrens-trust-board", PERIOD);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        PaperWriter.write(paper, PaperFormat.pdf, pdf);
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf.toByteArray())) {
            text = new PDFTextStripper().getText(doc);
        }
        String flat = squash(text);
        int checked = 0;
        for (var row : paper.boards().get(0).rows()) {
            int at = flat.indexOf(squash(row.name()));
            assertTrue(at >= 0, "the pdf names " + row.name());
            int from = at + squash(row.name()).length();
            for (String comparator : COMPARATORS) {
                var cell = row.cells().get(comparator);
                String label = cell.outcome() == null ? "nodata" : cell.outcome().equals("NOT_COMPARED") ? "n/c" : cell.outcome();
                int found = flat.indexOf(label, from);
                assertTrue(found >= 0 && found - from < 80, row.name() + ": " + comparator + " " + label + " after the name");
                from = found + label.length();
                checked++;
            }
            assertTrue(flat.contains(squash("Trend: " + row.name())) || row.value() == null
                    || flat.contains(squash(row.name() + ", ")), row.name() + " has a chart or its words");
        }
        assertTrue(checked > 0);
        assertTrue(flat.contains(squash(paper.cover().evaluationId())), "the pdf names its evaluation");
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "board-paper-childrens-trust-board.pdf"), pdf.toByteArray());
    }

    private static String squash(String s) {
        return s.replaceAll("\\s+", "");
    }

    private static XSSFSheet sheetOf(String boardName) {
        String name = org.apache.poi.ss.util.WorkbookUtil.createSafeSheetName(boardName);
        XSSFSheet s = book.getSheet(name);
        assertNotNull(s, "a sheet for " + boardName + "; sheets: " + sheetNames());
        return s;
    }

    private static List<String> sheetNames() {
        List<String> names = new ArrayList<>();
        book.forEach(s -> names.add(s.getSheetName()));
        return names;
    }

    private static String coverValue(String label) {
        XSSFSheet cover = book.getSheet(XlsxPaper.COVER);
        for (Row row : cover) {
            Cell first = row.getCell(0);
            if (first != null && first.getStringCellValue().toLowerCase(Locale.ROOT).equals(label.toLowerCase(Locale.ROOT))) {
                return row.getCell(1).getStringCellValue();
            }
        }
        throw new AssertionError("the cover has no " + label);
    }
}
