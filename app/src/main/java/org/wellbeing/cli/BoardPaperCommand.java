package org.wellbeing.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.Callable;
import org.wellbeing.paper.BoardPaper;
import org.wellbeing.paper.PaperFormat;
import org.wellbeing.paper.PaperService;
import org.wellbeing.paper.PaperWriter;
import org.wellbeing.service.InvalidParameterException;
import org.wellbeing.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Writes a board paper (xlsx, pdf or html) from the bundled data's evaluation, which it stores in the audit
 * database first, so that every figure in the paper can be traced with {@code explain --evaluation ID}.
 */
@Command(name = "board-paper", mixinStandardHelpOptions = true,
        description = {"Write a board paper: the board's ratings, trend charts, ranked priorities and the doubtful or"
                + " missing data, as xlsx, pdf or html.",
                "The evaluation behind it is stored in the audit database; its id is on the cover."})
final class BoardPaperCommand implements Callable<Integer> {
    @Mixin EngineOptions engine;
    @Spec CommandSpec spec;

    @Option(names = "--board", paramLabel = "ID", required = true, description = "a board id from boards.json, or all")
    String board;

    @Option(names = "--period", paramLabel = "P", description = "reporting period, e.g. 2022/23 (default: the latest)")
    String period;

    @Option(names = "--format", paramLabel = "F", description = "xlsx, pdf or html (default: ${DEFAULT-VALUE})")
    PaperFormat format = PaperFormat.xlsx;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "the file to write")
    Path out;

    @Option(names = "--db", paramLabel = "FILE", description = "audit database (default: ${DEFAULT-VALUE})")
    Path db = Path.of("var", "audit.db");

    @Override
    public Integer call() throws Exception {
        Path dir = out.toAbsolutePath().getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new IllegalArgumentException("--out: " + out + ": no such directory " + dir);
        }
        if (Files.isDirectory(out)) {
            throw new IllegalArgumentException("--out: " + out + " is a directory; name the file to write");
        }
        try (Services services = Services.open(engine.rules, engine.data, db)) {
            BoardPaper paper;
            try {
                paper = new PaperService(services).make(board, period);
            } catch (InvalidParameterException e) {
                throw new IllegalArgumentException("--" + e.parameter() + ": " + e.getMessage());
            }
            // written beside the target and moved over it: a failure leaves no half-written paper
            Path partial = dir.resolve("." + out.getFileName() + "." + ProcessHandle.current().pid() + ".partial");
            try {
                try (OutputStream o = Files.newOutputStream(partial, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                    PaperWriter.write(paper, format, o);
                }
                Files.move(partial, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(partial);
                throw e;
            }
            BoardPaper.Cover c = paper.cover();
            PrintWriter w = spec.commandLine().getOut();
            w.printf("wrote %s (%s, %d bytes): %s, %s, %d indicators%n", out, format, Files.size(out), c.boardName(),
                    c.period(), paper.boards().stream().mapToInt(m -> m.rows().size()).sum());
            w.printf("evaluation %s (audit record %d in %s); trace a figure with: explain INDICATOR --evaluation %s --db %s%n",
                    c.evaluationId(), c.evaluationSequence(), db, c.evaluationId(), db);
            w.flush();
            return 0;
        }
    }
}
