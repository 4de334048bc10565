package org.wellbeing.io.town;

import org.wellbeing.model.Board;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wellbeing.io.ReadError;
import org.wellbeing.io.ReadException;

class BoardsReaderTest {

    private static List<Board> read(String json) throws IOException {
        return BoardsReader.read(new StringReader(json), "boards.json");
    }

    private static List<String> errorsOf(String json) {
        ReadException e = assertThrows(ReadException.class, () -> read(json));
        return e.errors().stream().map(ReadError::toString).toList();
    }

    @Test
    void the_bundled_file_has_five_boards_and_their_workstreams() throws IOException {
        List<Board> boards = BoardsReader.read(Path.of("data/luton/boards.json"));

        assertEquals(List.of("childrens-trust-board", "health-equity-town-partnership", "at-place-board",
                "health-protection-committee", "community-safety-partnership"), boards.stream().map(Board::id).toList());
        Board ctb = boards.get(0);
        assertEquals("Children's Trust Board", ctb.name());
        assertEquals("child-healthy-weight", ctb.workstreams().get(0).id());
        assertEquals("childrens-trust-board", ctb.workstreams().get(0).boardId());
        assertEquals(2, ctb.workstreams().get(0).actions().size());
    }

    @Test
    void a_workstream_id_may_recur_under_another_board() throws IOException {
        List<Board> boards = read("""
                {"boards": [
                  {"id": "a", "name": "A", "workstreams": [{"id": "hubs", "name": "Hubs", "actions": []}]},
                  {"id": "b", "name": "B", "workstreams": [{"id": "hubs", "name": "Hubs", "actions": ["x"]}]}]}
                """);

        assertEquals("b", boards.get(1).workstreams().get(0).boardId());
        assertEquals(List.of("x"), boards.get(1).workstreams().get(0).actions());
    }

    @Test
    void errors_name_the_json_field() {
        List<String> errors = errorsOf("""
                {"boards": [
                  {"id": "a", "name": "A", "workstreams": [
                    {"id": "w", "name": "W", "actions": []},
                    {"id": "w", "name": "", "actions": ["ok", 3]},
                    {"name": "no id"}]},
                  {"id": "a", "name": "again"}]}
                """);

        assertEquals(List.of(
                "boards.json: boards[0].workstreams[1].id: duplicate workstream id in board 'a': 'w'",
                "boards.json: boards[0].workstreams[1].name: expected non-empty text: \"\"",
                "boards.json: boards[0].workstreams[1].actions[1]: expected non-empty text: 3",
                "boards.json: boards[0].workstreams[2].id: missing value",
                "boards.json: boards[0].workstreams[2].actions: missing: expected an array of text",
                "boards.json: boards[1].id: duplicate board id: 'a'",
                "boards.json: boards[1].workstreams: missing: expected an array of workstreams"), errors);
    }

    @Test
    void malformed_json_names_line_and_column() {
        List<String> errors = errorsOf("{\"boards\": [\n  {\"id\": \"a\",, }]}");

        assertEquals(1, errors.size());
        assertTrue(errors.get(0).startsWith("boards.json: malformed JSON at line 2, column"), errors.get(0));
    }

    @Test
    void a_file_without_boards_is_refused() {
        assertEquals(List.of("boards.json: boards: missing: expected an array of boards"), errorsOf("{\"board\": []}"));
    }
}
