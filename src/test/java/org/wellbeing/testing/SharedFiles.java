package org.wellbeing.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The shared reference files (Fingertips extracts, published ratings). In CI they sit at {@code ../shared}
 * beside the repository root; a worktree may sit elsewhere, so fall back to {@code /work/shared}.
 */
public final class SharedFiles {
    private SharedFiles() {}

    public static Path dir() {
        Path sibling = Path.of("..", "shared");
        return Files.isDirectory(sibling) ? sibling : Path.of("/work/shared");
    }

    public static Path resolve(String first, String... more) {
        return dir().resolve(Path.of(first, more));
    }
}
