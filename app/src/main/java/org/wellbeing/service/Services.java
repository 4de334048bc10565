package org.wellbeing.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.wellbeing.io.CatalogueReader;
import org.wellbeing.model.Indicator;
import org.wellbeing.audit.AuditStore;
import org.wellbeing.engine.CoverageCheck;
import org.wellbeing.io.town.TownDataset;
import org.wellbeing.io.town.TownDatasetReader;
import org.wellbeing.rules.CompiledRuleCache;
import org.wellbeing.rules.Reloader;
import org.wellbeing.rules.RuleBase;
import org.wellbeing.rules.RuleBaseHolder;
import org.wellbeing.rules.RuleCompiler;
import org.wellbeing.rules.RuleSetException;

/**
 * Everything the HTTP service and its dashboard call, wired once: the bundled data, the live rules
 * with their reloader, the audit store and the services on top. Closing it closes the store.
 */
public final class Services implements AutoCloseable {
    private final TownDataset data;
    private final RuleBaseHolder rules;
    private final Reloader reloader;
    private final AuditStore store;
    private final Inputs inputs;
    private final EvaluationService evaluations;
    private final BoardService boards;

    private Services(TownDataset data, RuleBaseHolder rules, Reloader reloader, AuditStore store, BoardService boards,
                     Inputs inputs, EvaluationService evaluations) {
        this.data = data;
        this.rules = rules;
        this.reloader = reloader;
        this.store = store;
        this.boards = boards;
        this.inputs = inputs;
        this.evaluations = evaluations;
    }

    /**
     * Reads the data, compiles and validates the rules (exactly one outcome per comparison on the data, as
     * {@code validate} checks) and opens the audit store, storing the policy version (rule files and catalogue).
     *
     * @throws RuleSetException when the rules do not compile or do not validate: the service does not start
     */
    public static Services open(Path rulesDir, Path dataDir, Path auditDb) throws IOException, RuleSetException {
        TownDataset data = TownDatasetReader.read(dataDir);
        CoverageCheck check = new CoverageCheck(data.facts());
        RuleCompiler compiler = new RuleCompiler();
        // The store (SQLite, Flyway's migrations: about a sixth of serve's start) opens on another core while
        // this one compiles and checks the rules; bad rules still fail first, and the store is then closed.
        CompletableFuture<AuditStore> opening = CompletableFuture.supplyAsync(() -> AuditStore.open(auditDb));
        RuleBase initial;
        try {
            // a start on rules that passed this check on this data before skips it (the evaluation is the same);
            // a reload always checks
            initial = Reloader.compileAndCheck(rulesDir, compiler, check.rememberedIn(CompiledRuleCache.configured()));
        } catch (IOException | RuleSetException | RuntimeException e) {
            try {
                opened(opening).close(); // waits for it: no migration is left half-done by the exit that follows
            } catch (RuntimeException alsoFailed) {
                e.addSuppressed(alsoFailed);
            }
            throw e;
        }
        AuditStore store = opened(opening);
        try {
            RuleBaseHolder holder = new RuleBaseHolder(initial);
            EvaluationService evaluations = new EvaluationService(holder, store, data.indicators());
            // the rule set as well as the policy: audit verify checks every record's rule-set version is stored
            store.saveRuleSet(initial.version(), initial.files());
            evaluations.storePolicy(initial, data.facts());
            Reloader reloader = new Reloader(rulesDir, compiler, check, holder,
                    next -> {
                        store.saveRuleSet(next.version(), next.files());
                        evaluations.storePolicy(next, data.facts());
                    });
            Inputs inputs = new Inputs(data, fingertipsCatalogue(dataDir));
            BoardService boards = new BoardService(data.boards(), data, holder, evaluations, inputs);
            return new Services(data, holder, reloader, store, boards, inputs, evaluations);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    private static AuditStore opened(CompletableFuture<AuditStore> opening) {
        try {
            return opening.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** The Fingertips catalogue beside the town's data (data/fingertips/indicators.csv), empty when there is none. */
    private static List<Indicator> fingertipsCatalogue(Path dataDir) throws IOException {
        Path parent = dataDir.toAbsolutePath().getParent();
        Path catalogue = parent == null ? null : parent.resolve("fingertips").resolve("indicators.csv");
        return catalogue != null && Files.exists(catalogue) ? CatalogueReader.read(catalogue) : List.of();
    }

    public TownDataset data() { return data; }
    public RuleBaseHolder rules() { return rules; }
    public Reloader reloader() { return reloader; }
    public AuditStore store() { return store; }
    public Inputs inputs() { return inputs; }
    public EvaluationService evaluations() { return evaluations; }
    public BoardService boards() { return boards; }

    /** Health: up, on which rules, how many evaluations stored. */
    public HealthView health() {
        return HealthView.of(rules.current(), store.head().sequence());
    }

    @Override
    public void close() {
        store.close();
    }
}
