package org.wellbeing.io.json;

/**
 * One problem with a JSON body.
 *
 * @param path    where it is, as {@code observations[3].value}; {@code $} for the body as a whole
 * @param message what is wrong, quoting the offending value where that helps
 */
public record FieldProblem(String path, String message) {
    @Override
    public String toString() {
        return path + ": " + message;
    }
}
