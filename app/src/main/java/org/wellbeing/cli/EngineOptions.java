package org.wellbeing.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.wellbeing.io.town.TownDataset;
import org.wellbeing.io.town.TownDatasetReader;
import org.wellbeing.rules.RuleBase;
import org.wellbeing.rules.RuleSetException;
import picocli.CommandLine.Option;

/** Where the rules and the town's data are; run from the repository root, the defaults find the bundled ones. */
public final class EngineOptions {
    @Option(names = "--rules", paramLabel = "DIR", description = "rules directory (default: ${DEFAULT-VALUE})")
    Path rules = Path.of("rules");

    @Option(names = "--data", paramLabel = "DIR", description = "town data directory (default: ${DEFAULT-VALUE})")
    Path data = Path.of("data", "luton");

    RuleBase compileRules() throws IOException, RuleSetException {
        return CompiledRules.compile(rules);
    }

    TownDataset readData() throws IOException {
        return TownDatasetReader.read(data);
    }
}
