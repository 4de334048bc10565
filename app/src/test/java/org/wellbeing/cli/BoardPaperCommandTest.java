package org.wellbeing.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wellbeing.testing.Cli;

/** {@code board-paper}: a paper written whole, the evaluation behind it stored and named, bad input refused in one line. */
class BoardPaperCommandTest {
    @TempDir Path dir;

    @Test
    void writes_the_paper_and_names_the_stored_evaluation_that_explain_accepts() throws Exception {
        Path out = dir.resolve("paper.html");
        Path db = dir.resolve("audit.db");
        Cli.Run run = Cli.run("board-paper", "--board", "at-place-board", "--period", "2022/23", "--format", "html",
                "--out", out.toString(), "--db", db.toString());
        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = run.outLines();
        assertEquals(2, lines.size(), run.out());
        assertTrue(lines.get(0).matches("wrote .*paper\\.html \\(html, \\d+ bytes\\): At Place Board, 2022/23, \\d+ indicators"),
                lines.get(0));
        String id = lines.get(1).replaceAll("^evaluation (\\S+) .*", "$1");
        assertTrue(lines.get(1).endsWith("explain INDICATOR --evaluation " + id + " --db " + db), lines.get(1));
        String html = Files.readString(out);
        assertTrue(html.contains("<dt>Evaluation id</dt><dd>" + id + "</dd>"), "the cover names " + id);
        assertTrue(html.contains("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"trend-chart\""), "trend charts");
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(), files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".partial")).toList());
        }
    }

    @Test
    void an_unknown_board_exits_2_in_one_line_and_writes_nothing() {
        Path out = dir.resolve("paper.xlsx");
        Cli.Run run = Cli.run("board-paper", "--board", "no-such-board", "--out", out.toString(),
                "--db", dir.resolve("audit.db").toString());
        assertEquals(2, run.exitCode());
        assertEquals(1, run.errLines().size(), run.err());
        assertTrue(run.err().startsWith("error: no board 'no-such-board'; boards: "), run.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void a_bad_format_a_missing_folder_or_an_option_it_does_not_use_is_refused_before_any_work() {
        Cli.Run format = Cli.run("board-paper", "--board", "all", "--format", "docx", "--out", dir.resolve("p").toString());
        assertEquals(2, format.exitCode());
        assertTrue(format.err().contains("--format"), format.err());
        Path nowhere = dir.resolve("no-such-folder").resolve("paper.xlsx");
        Cli.Run folder = Cli.run("board-paper", "--board", "all", "--out", nowhere.toString());
        assertEquals(2, folder.exitCode());
        assertEquals(List.of("error: --out: " + nowhere + ": no such directory " + nowhere.getParent()), folder.errLines());
        Cli.Run unused = Cli.run("board-paper", "--board", "all", "--top", "3", "--out", dir.resolve("p").toString());
        assertEquals(2, unused.exitCode());
        assertEquals(1, unused.errLines().size(), unused.err());
        assertTrue(unused.err().startsWith("error: Unknown options: '--top', '3'"), unused.err());
        assertFalse(Files.exists(dir.resolve("p")));
    }
}
