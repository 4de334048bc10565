package org.wellbeing.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.wellbeing.io.town.TownDataset;
import org.wellbeing.io.town.TownDatasetReader;
import org.wellbeing.rules.RuleBase;
import org.wellbeing.rules.RuleCompiler;
import org.wellbeing.rules.RuleFiles;
import org.wellbeing.rules.RuleSetException;
import picocli.CommandLine.Option;

/** Where the rules and the town's data are; run from the repository root, the defaults find the bundled ones. */
public final class EngineOptions {
    @Option(names = "--rules", paramLabel = "DIR", description = "rules directory (default: ${DEFAULT-VALUE})")
    Path rules = Path.of("rules");

    @Option(names = "--data", paramLabel = "DIR", description = "town data directory (default: ${DEFAULT-VALUE})")
    Path data = Path.of("data", "luton");

    /**
     * The rules, compiled or read back from the compiled-rule cache. The files are read first, by code that
     * loads no Drools class, so a missing directory is reported before the rule engine starts.
     */
    RuleBase compileRules() throws IOException, RuleSetException {
        Map<String, String> files = RuleFiles.read(rules);
        return new RuleCompiler().compile(rules.toString(), files);
    }

    TownDataset readData() throws IOException {
        return TownDatasetReader.read(data);
    }
}
