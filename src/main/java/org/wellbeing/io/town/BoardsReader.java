package org.wellbeing.io.town;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.wellbeing.io.out.Json;

/**
 * Reads a data set's {@code boards.json}: {@code {"boards": [{"id", "name", "lifecourse", "target_outcomes": [...],
 * "workstreams": [{"id", "name", "actions": [...]}]}]}}. A missing file means no boards; a board without an id
 * is refused.
 */
public final class BoardsReader {
    private BoardsReader() {}

    public static List<Board> read(Path dataDir) throws IOException {
        Path file = dataDir.resolve("boards.json");
        if (!Files.exists(file)) {
            return List.of();
        }
        List<Board> boards = new ArrayList<>();
        int index = 0;
        for (JsonNode b : Json.MAPPER.readTree(file.toFile()).path("boards")) {
            String id = b.path("id").asText("").strip();
            if (id.isEmpty()) {
                throw new IOException(file + ": boards[" + index + "] has no id");
            }
            List<Board.Workstream> workstreams = new ArrayList<>();
            for (JsonNode w : b.path("workstreams")) {
                String wid = w.path("id").asText("").strip();
                workstreams.add(new Board.Workstream(wid, w.path("name").asText(wid), texts(w.path("actions"))));
            }
            boards.add(new Board(id, b.path("name").asText(id), b.path("lifecourse").asText(""),
                    texts(b.path("target_outcomes")), workstreams));
            index++;
        }
        return List.copyOf(boards);
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
