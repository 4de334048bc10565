package org.wellbeing.io.town;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.wellbeing.io.CsvFields;
import org.wellbeing.io.CsvHeader;
import org.wellbeing.io.CsvLine;
import org.wellbeing.io.ReadError;
import org.wellbeing.io.ReadException;
import org.wellbeing.model.Workstream;
import org.wellbeing.model.WorkstreamLink;

/**
 * Reads the indicator-to-workstream mapping, {@code indicator-workstreams.csv}:
 * <pre>indicator_id,workstream_id,board_id,rationale</pre>
 * Every indicator must be in the catalogue and every (board, workstream) pair in {@code boards.json};
 * a pair listed twice for one indicator is refused. A file with any error is refused whole, every error listed.
 */
public final class WorkstreamLinksReader {

    public static final List<String> COLUMNS = List.of("indicator_id", "workstream_id", "board_id", "rationale");

    private WorkstreamLinksReader() {}

    public static List<WorkstreamLink> read(Path file, Set<String> knownIndicators, List<Workstream> workstreams)
            throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(in, file.getFileName().toString(), knownIndicators, workstreams);
        }
    }

    public static List<WorkstreamLink> read(Reader in, String fileName, Set<String> knownIndicators,
                                            List<Workstream> workstreams) throws IOException {
        Set<String> knownWorkstreams = new HashSet<>();
        Set<String> knownBoards = new HashSet<>();
        workstreams.forEach(w -> {
            knownWorkstreams.add(w.boardId() + "/" + w.id());
            knownBoards.add(w.boardId());
        });
        List<ReadError> errors = new ArrayList<>();
        List<WorkstreamLink> links = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
            CsvHeader header = CsvHeader.of(parser, COLUMNS, fileName);
            int width = parser.getHeaderNames().size();
            for (CSVRecord record : parser) {
                CsvFields f = new CsvFields(fileName, CsvLine.of(parser, record), errors);
                if (!CsvLine.checkWidth(record, width, f)) {
                    continue;
                }
                java.util.function.Function<String, String> cell = c -> header.cell(record, c);
                String indicator = f.text("indicator_id", cell.apply("indicator_id"), true);
                String workstream = f.text("workstream_id", cell.apply("workstream_id"), true);
                String board = f.text("board_id", cell.apply("board_id"), true);
                String rationale = f.text("rationale", cell.apply("rationale"), true);
                if (!indicator.isEmpty() && !knownIndicators.contains(indicator)) {
                    f.error("indicator_id", "not in the catalogue: '" + indicator + "'");
                }
                if (!board.isEmpty() && !knownBoards.contains(board)) {
                    f.error("board_id", "no such board in boards.json: '" + board + "'");
                } else if (!workstream.isEmpty() && !knownWorkstreams.contains(board + "/" + workstream)) {
                    f.error("workstream_id", "board '" + board + "' has no workstream '" + workstream + "' in boards.json");
                }
                if (!seen.add(indicator + "|" + board + "/" + workstream)) {
                    f.error("workstream_id", "a second row linking " + indicator + " to " + workstream + " of " + board);
                }
                links.add(new WorkstreamLink(indicator, workstream, board, rationale));
            }
        } catch (UncheckedIOException e) {
            errors.add(new ReadError(fileName, 0, null, ReadError.unreadable(e.getCause())));
        } catch (java.nio.charset.CharacterCodingException e) {
            errors.add(new ReadError(fileName, 0, null, ReadError.unreadable(e)));
        }
        if (!errors.isEmpty()) {
            throw new ReadException(fileName, errors);
        }
        return List.copyOf(links);
    }
}
