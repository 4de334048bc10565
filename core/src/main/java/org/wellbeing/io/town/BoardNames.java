package org.wellbeing.io.town;

import org.wellbeing.model.Board;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Display names of boards by id, from a data set's {@code boards.json}; ids stand in for missing names. */
public final class BoardNames {
    private final Map<String, String> names;

    private BoardNames(Map<String, String> names) {
        this.names = names;
    }

    public static BoardNames read(Path dataDir) throws IOException {
        Map<String, String> names = new LinkedHashMap<>();
        names.put("overarching", "Overarching");
        Path file = dataDir.resolve(TownDatasetReader.BOARDS);
        if (Files.exists(file)) {
            BoardsReader.read(file).forEach(b -> names.put(b.id(), b.name()));
        }
        return new BoardNames(names);
    }

    public String nameOf(String id) {
        return names.getOrDefault(id, id);
    }

    /** Board ids in the order the file gives them. */
    public Iterable<String> ids() {
        return names.keySet();
    }
}
