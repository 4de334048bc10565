package org.wellbeing.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --catalogue} option of the commands that read Fingertips downloads. */
final class FingertipsCatalogueOption {
    @Option(names = "--catalogue", paramLabel = "FILE", description = "Fingertips indicator catalogue (default: ${DEFAULT-VALUE})")
    Path file = Path.of("data", "fingertips", "indicators.csv");
}
