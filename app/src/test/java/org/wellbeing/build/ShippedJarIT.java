package org.wellbeing.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;

/**
 * The jar users run, {@code target/wellbeing-engine.jar} (built by {@code package}, before this test in
 * {@code mvn verify}): the application and what it needs, and none of the benchmarks, which are the bench
 * module's jar.
 */
class ShippedJarIT {
    static final Path JAR = Path.of("target", "wellbeing-engine.jar");

    @Test
    void the_shipped_jar_runs_the_cli_and_holds_no_benchmark_class() throws IOException {
        assertTrue(Files.isRegularFile(JAR), JAR + " was not built");
        try (JarFile jar = new JarFile(JAR.toFile())) {
            assertEquals("org.wellbeing.cli.Main", jar.getManifest().getMainAttributes().getValue("Main-Class"));
            assertTrue(jar.stream().anyMatch(e -> e.getName().startsWith("org/wellbeing/engine/")), "the core is in the jar");
            List<String> bench = jar.stream().map(ZipEntry::getName)
                    .filter(n -> n.startsWith("org/wellbeing/bench/") || n.matches("org/wellbeing/cli/\\w*Bench\\w*\\.class")
                            || n.startsWith("org/HdrHistogram/"))
                    .toList();
            assertEquals(List.of(), bench);
        }
    }
}
