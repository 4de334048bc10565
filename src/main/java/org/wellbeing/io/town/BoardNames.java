package org.wellbeing.io.town;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.wellbeing.io.out.Json;

/** Display names of boards by id, from a data set's {@code boards.json}; ids stand in for missing names. */
public final class BoardNames {
    private final Map<String, String> names;

    private BoardNames(Map<String, String> names) {
        this.names = names;
    }

    public static BoardNames read(Path dataDir) throws IOException {
        Map<String, String> names = new LinkedHashMap<>();
        names.put("overarching", "Overarching");
        Path file = dataDir.resolve("boards.json");
        if (Files.exists(file)) {
            JsonNode boards = Json.MAPPER.readTree(file.toFile()).path("boards");
            for (JsonNode b : boards) {
                names.put(b.path("id").asText(), b.path("name").asText(b.path("id").asText()));
            }
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
