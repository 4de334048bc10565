package org.wellbeing.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Input files named on the command line, checked before any work (compiling the rules takes seconds). */
final class InputFiles {
    private InputFiles() {}

    /** Each file must exist, be a file and be readable; the first that is not is named in the exception. */
    static void check(Iterable<Path> files) throws IOException {
        for (Path file : files) {
            check(file);
        }
    }

    static void check(Path file) throws IOException {
        if (!Files.exists(file)) {
            throw new NoSuchFileException(file.toString(), null, "no such file");
        }
        if (Files.isDirectory(file)) {
            throw new FileSystemException(file.toString(), null, "is a directory, not a file");
        }
        if (!Files.isReadable(file)) {
            throw new AccessDeniedException(file.toString());
        }
    }
}
