package org.wellbeing.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Fixture files under src/test/resources, found on the test class path: this module's own as files, the core's
 * as files in {@code mvn test} and inside the core's test jar once it is packaged ({@code mvn package}, {@code mvn
 * verify}), where {@link #path} copies the one file out.
 */
public final class Fixtures {
    private Fixtures() {}

    public static Path path(String resource) {
        URL url = url(resource);
        try {
            if ("file".equals(url.getProtocol())) {
                return Path.of(url.toURI());
            }
            Path folder = Files.createTempDirectory("wellbeing-fixture-");
            Path copy = folder.resolve(Path.of(resource).getFileName().toString());
            try (InputStream in = url.openStream()) {
                Files.copy(in, copy);
            }
            folder.toFile().deleteOnExit();   // deleted in reverse order: the file, then its folder
            copy.toFile().deleteOnExit();
            return copy;
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String text(String resource) {
        try (InputStream in = url(resource).openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static URL url(String resource) {
        URL url = Fixtures.class.getClassLoader().getResource(resource);
        if (url == null) {
            throw new IllegalArgumentException("no test resource " + resource);
        }
        return url;
    }

    /** The 1-based number of the first line of the fixture that contains {@code fragment}. */
    public static int lineOf(String resource, String fragment) {
        List<String> lines = text(resource).lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(fragment)) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException(resource + " has no line containing " + fragment);
    }

    /** The 1-based number of the first line of {@code file} that contains {@code fragment}. */
    public static int lineOfFile(Path file, String fragment) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains(fragment)) {
                    return i + 1;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new IllegalArgumentException(file + " has no line containing " + fragment);
    }

    /** Copies a directory tree (the bundled rules) to {@code target}. */
    public static void copyTree(Path source, Path target) {
        try (Stream<Path> paths = Files.walk(source)) {
            for (Path p : (Iterable<Path>) paths::iterator) {
                Path to = target.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
