package org.wellbeing.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.wellbeing.catalogue.CatalogueSuggestions;
import org.wellbeing.catalogue.CatalogueSuggestions.Suggestion;
import org.wellbeing.io.CatalogueReader;
import org.wellbeing.io.fingertips.FingertipsCsvReader;
import org.wellbeing.io.fingertips.FingertipsRow;
import org.wellbeing.io.out.Csv;
import org.wellbeing.model.Indicator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Work on the Fingertips indicator catalogue. */
@Command(name = "catalogue", mixinStandardHelpOptions = true, description = "Fingertips catalogue commands.",
        subcommands = CatalogueCommand.Suggest.class)
final class CatalogueCommand implements Runnable {
    @Spec CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "suggest", mixinStandardHelpOptions = true,
            description = "Propose catalogue rows for the indicators of a Fingertips download that the catalogue lacks,"
                    + " polarity read from the file's labels; every row is marked REVIEW.")
    static final class Suggest implements Callable<Integer> {
        @Spec CommandSpec spec;

        @Mixin FingertipsCatalogueOption catalogue;

        @Parameters(paramLabel = "FILE", description = "a Fingertips 'all data' CSV download")
        Path file;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            InputFiles.check(java.util.List.of(file, catalogue.file));
            Set<String> known = CatalogueReader.read(catalogue.file).stream().map(Indicator::id).collect(Collectors.toSet());
            List<FingertipsRow> rows = new FingertipsCsvReader().read(file).rowsOrThrow();
            List<Suggestion> suggestions = CatalogueSuggestions.suggest(rows, known, file.getFileName().toString());
            long indicators = rows.stream().map(FingertipsRow::indicatorId).distinct().count();
            out.print(Csv.write(CatalogueReader.COLUMNS, suggestions.stream().map(s -> s.cells(CatalogueReader.COLUMNS)).toList()));
            out.flush();
            err.printf("%s: %d indicators, %d in %s, %d proposed above: review each (polarity_source starts %s)"
                    + " before adding it%n", file, indicators, indicators - suggestions.size(), catalogue.file,
                    suggestions.size(), CatalogueSuggestions.REVIEW);
            err.flush();
            return 0;
        }
    }
}
