package org.wellbeing.io.town;

import org.wellbeing.model.Board;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.wellbeing.io.ReadError;
import org.wellbeing.io.ReadException;
import org.wellbeing.model.Workstream;

/**
 * Reads a data set's {@code boards.json}:
 * <pre>{"boards": [{"id", "name", "lifecourse", "target_outcomes": [..],
 *                "workstreams": [{"id", "name", "actions": [..]}]}]}</pre>
 * Board ids are unique in the file, workstream ids within their board. Errors name the JSON field
 * ({@code boards[2].workstreams[4].id}); a file with any error is refused whole, every error listed.
 */
public final class BoardsReader {
    /**
     * A plain tree reader: the shared {@code Json.MAPPER} looks up every Jackson module on the class path when
     * first used, which every command that reads a town paid for at start (and most never write JSON).
     */
    private static final ObjectMapper TREE = new ObjectMapper();

    private BoardsReader() {}

    public static List<Board> read(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(in, file.getFileName().toString());
        }
    }

    /** Reads boards; {@code fileName} is used in error messages. */
    public static List<Board> read(Reader in, String fileName) throws IOException {
        JsonNode root;
        try {
            root = TREE.readTree(in);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new ReadException(fileName, List.of(new ReadError(fileName, 0, null,
                    "malformed JSON" + where + ": " + e.getOriginalMessage())));
        }
        Fields f = new Fields(fileName);
        List<Board> boards = new ArrayList<>();
        JsonNode list = root == null ? null : root.get("boards");
        if (list == null || !list.isArray()) {
            f.error("boards", "missing: expected an array of boards");
        } else {
            Set<String> boardIds = new HashSet<>();
            for (int b = 0; b < list.size(); b++) {
                String at = "boards[" + b + "]";
                JsonNode node = list.get(b);
                String id = f.text(node, at, "id");
                if (!id.isEmpty() && !boardIds.add(id)) {
                    f.error(at + ".id", "duplicate board id: '" + id + "'");
                }
                String name = f.text(node, at, "name");
                String lifecourse = node.path("lifecourse").asText("").strip();
                List<String> outcomes = f.texts(node, at, "target_outcomes", false);
                List<Workstream> workstreams = new ArrayList<>();
                JsonNode ws = node.get("workstreams");
                if (ws == null || !ws.isArray()) {
                    f.error(at + ".workstreams", "missing: expected an array of workstreams");
                } else {
                    Set<String> ids = new HashSet<>();
                    for (int w = 0; w < ws.size(); w++) {
                        String wat = at + ".workstreams[" + w + "]";
                        String wid = f.text(ws.get(w), wat, "id");
                        if (!wid.isEmpty() && !ids.add(wid)) {
                            f.error(wat + ".id", "duplicate workstream id in board '" + id + "': '" + wid + "'");
                        }
                        workstreams.add(new Workstream(wid, id, f.text(ws.get(w), wat, "name"),
                                f.texts(ws.get(w), wat, "actions", true)));
                    }
                }
                boards.add(new Board(id, name, lifecourse, outcomes, workstreams));
            }
        }
        if (!f.errors.isEmpty()) {
            throw new ReadException(fileName, f.errors);
        }
        return List.copyOf(boards);
    }

    /** Collects errors naming the JSON field, as {@code file: boards[0].workstreams[1].name: missing value}. */
    private static final class Fields {
        private final String file;
        private final List<ReadError> errors = new ArrayList<>();

        Fields(String file) {
            this.file = file;
        }

        String text(JsonNode node, String at, String field) {
            JsonNode v = node == null ? null : node.get(field);
            if (v == null || !v.isTextual() || v.asText().isBlank()) {
                error(at + "." + field, v == null || v.isNull() ? "missing value" : "expected non-empty text: " + v);
                return "";
            }
            return v.asText().strip();
        }

        List<String> texts(JsonNode node, String at, String field, boolean required) {
            JsonNode v = node == null ? null : node.get(field);
            if (v == null || v.isNull()) {
                if (required) error(at + "." + field, "missing: expected an array of text");
                return List.of();
            }
            if (!v.isArray()) {
                error(at + "." + field, "expected an array of text: " + v);
                return List.of();
            }
            List<String> texts = new ArrayList<>();
            for (int i = 0; i < v.size(); i++) {
                if (!v.get(i).isTextual() || v.get(i).asText().isBlank()) {
                    error(at + "." + field + "[" + i + "]", "expected non-empty text: " + v.get(i));
                } else {
                    texts.add(v.get(i).asText().strip());
                }
            }
            return texts;
        }

        void error(String field, String message) {
            errors.add(new ReadError(file, 0, null, field + ": " + message));
        }
    }
}
