package org.wellbeing.io.town;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.wellbeing.io.ReadError;
import org.wellbeing.io.ReadException;
import org.wellbeing.model.Workstream;
import org.wellbeing.model.WorkstreamLink;

class WorkstreamLinksReaderTest {
    private static final List<Workstream> WORKSTREAMS = List.of(
            new Workstream("hubs", "a", "Hubs", List.of()),
            new Workstream("hubs", "b", "Hubs", List.of()),
            new Workstream("tobacco", "b", "Tobacco", List.of()));

    private static List<WorkstreamLink> read(String csv) throws IOException {
        return WorkstreamLinksReader.read(new StringReader(csv), "links.csv", Set.of("smoking", "loneliness"), WORKSTREAMS);
    }

    @Test
    void reads_each_link_with_its_rationale() throws IOException {
        List<WorkstreamLink> links = read("""
                indicator_id,workstream_id,board_id,rationale
                smoking,tobacco,b,"Live well: 'stop smoking', reprocured"
                loneliness,hubs,a,Inferred
                loneliness,hubs,b,Inferred
                """);

        assertEquals(new WorkstreamLink("smoking", "tobacco", "b", "Live well: 'stop smoking', reprocured"), links.get(0));
        assertEquals(3, links.size());
    }

    @Test
    void the_bundled_mapping_reads_against_the_bundled_boards() throws IOException {
        TownDataset luton = TownDatasetReader.read(Path.of("data/luton"));

        assertEquals(126, luton.links().size());
        assertEquals(5, luton.boards().size());
        assertEquals(luton.workstreams().size() + luton.links().size(),
                luton.facts().others().stream().filter(f -> !(f instanceof org.wellbeing.model.QualityFlag)).count());
    }

    @Test
    void errors_name_file_line_and_column() {
        ReadException e = assertThrows(ReadException.class, () -> read("""
                indicator_id,workstream_id,board_id,rationale
                smoking,tobacco,b,ok
                smokign,tobacco,b,misspelt indicator
                smoking,tobacco,a,tobacco is board b's
                smoking,hubs,c,no such board
                loneliness,hubs,a,
                smoking,tobacco,b,twice
                """));

        assertEquals(List.of(
                "links.csv:3: column 'indicator_id': not in the catalogue: 'smokign'",
                "links.csv:4: column 'workstream_id': board 'a' has no workstream 'tobacco' in boards.json",
                "links.csv:5: column 'board_id': no such board in boards.json: 'c'",
                "links.csv:6: column 'rationale': missing value",
                "links.csv:7: column 'workstream_id': a second row linking smoking to tobacco of b"),
                e.errors().stream().map(ReadError::toString).toList());
    }

    @Test
    void missing_columns_are_named() {
        ReadException e = assertThrows(ReadException.class, () -> read("indicator_id,workstream\nsmoking,tobacco\n"));

        assertEquals("links.csv: missing required columns: workstream_id, board_id, rationale", e.errors().get(0).toString());
    }
}
