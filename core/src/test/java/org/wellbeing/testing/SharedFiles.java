package org.wellbeing.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The shared reference files (Fingertips extracts, published ratings, PHE method tables), found one way for
 * every test: {@code ../shared} beside the repository root (Maven runs tests from the root), or the folder named
 * by {@code -Dwellbeing.shared=DIR}. A test that needs a file that is not there fails saying where it looked:
 * it is never skipped, so a run that passes has run them all.
 */
public final class SharedFiles {
    public static final String PROPERTY = "wellbeing.shared";

    private SharedFiles() {}

    public static Path dir() {
        String property = System.getProperty(PROPERTY);
        return property != null ? Path.of(property) : Path.of("..", "shared");
    }

    /** A shared file, which must exist. */
    public static Path resolve(String first, String... more) {
        Path file = dir().resolve(Path.of(first, more));
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("shared file " + file + " not found: the tests read the shared data from"
                    + " ../shared beside the repository (or -D" + PROPERTY + "=DIR)");
        }
        return file;
    }

    /** A shared Fingertips extract, {@code fingertips/NAME}. */
    public static Path fingertips(String name) {
        return resolve("fingertips", name);
    }
}
