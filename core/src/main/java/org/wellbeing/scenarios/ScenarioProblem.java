package org.wellbeing.scenarios;

/**
 * A scenario file that cannot be read as written, printed as {@code FILE:LINE: PATH: message}.
 *
 * @param path the YAML field path, e.g. {@code scenarios[2].observations[0].value}; empty for the file as a whole
 * @param line the line of that field, 0 when unknown
 */
public record ScenarioProblem(String file, int line, String path, String message) {
    @Override
    public String toString() {
        return file + ":" + line + ": " + (path.isEmpty() ? "" : path + ": ") + message;
    }
}
