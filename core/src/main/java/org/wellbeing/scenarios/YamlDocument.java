package org.wellbeing.scenarios;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * A YAML file read as a tree, with the line each field starts at, so that a problem can name
 * {@code file:line: scenarios[2].expect.england}.
 */
final class YamlDocument {
    private static final YAMLFactory FACTORY = new YAMLFactory();
    private static final ObjectMapper MAPPER =
            new ObjectMapper(FACTORY).enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    final JsonNode root;
    private final Map<String, Integer> lines;

    private YamlDocument(JsonNode root, Map<String, Integer> lines) {
        this.root = root;
        this.lines = lines;
    }

    /** Reads the text; a YAML syntax error becomes a problem with its line. */
    static YamlDocument parse(String file, String text) throws ScenarioException {
        try {
            JsonNode root = MAPPER.readTree(text);
            return new YamlDocument(root == null ? MAPPER.missingNode() : root, lines(text));
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new ScenarioException(java.util.List.of(
                    new ScenarioProblem(file, Math.max(line, 0), "", "not valid YAML: " + oneLine(e.getOriginalMessage()))));
        } catch (IOException e) {
            throw new ScenarioException(java.util.List.of(new ScenarioProblem(file, 0, "", e.getMessage())));
        }
    }

    /** The parser's message without its excerpt lines ("in 'reader', line 3", the text and the caret). */
    private static String oneLine(String message) {
        return message == null ? "" : message.lines().filter(l -> !l.isBlank() && !Character.isWhitespace(l.charAt(0)))
                .map(String::strip).reduce((a, b) -> a + "; " + b).orElse(message.strip());
    }

    /** The line of the field at {@code path}, or of its nearest ancestor that has one; 0 when none. */
    int lineOf(String path) {
        String p = path;
        while (true) {
            Integer line = lines.get(p);
            if (line != null) {
                return line;
            }
            int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
            if (cut <= 0) {
                return lines.getOrDefault(p.substring(0, Math.max(cut, 0)), 0);
            }
            p = p.substring(0, cut);
        }
    }

    private static Map<String, Integer> lines(String text) throws IOException {
        Map<String, Integer> lines = new HashMap<>();
        try (JsonParser parser = FACTORY.createParser(text)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                JsonStreamContext context = parser.getParsingContext();
                if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                    context = context.getParent();
                }
                if (context == null || context.inRoot()) {
                    continue;
                }
                lines.putIfAbsent(pathOf(context), parser.currentTokenLocation().getLineNr());
            }
        }
        return lines;
    }

    /** "scenarios[0].expect.england" for the position a context is at. */
    private static String pathOf(JsonStreamContext context) {
        if (context == null || context.inRoot()) {
            return "";
        }
        String parent = pathOf(context.getParent());
        if (context.inArray()) {
            return parent + "[" + Math.max(context.getCurrentIndex(), 0) + "]";
        }
        String name = context.getCurrentName() == null ? "" : context.getCurrentName();
        return parent.isEmpty() ? name : parent + "." + name;
    }
}
