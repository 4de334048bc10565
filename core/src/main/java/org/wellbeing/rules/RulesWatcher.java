package org.wellbeing.rules;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hot reload from disk: watches the rules directory tree and, once the {@code .drl} files have changed and then
 * stayed the same for the debounce time, reloads them through the {@link Reloader}, the same path as
 * {@code POST /api/rules/reload}: compiled, checked, and swapped in only when both succeed. A broken edit is
 * logged with its file:line problems and the old rules stay live; it is not tried again until the files change.
 *
 * <p>What counts as a change is the rule-set version of the files on disk (SHA-256 over the {@code .drl} files'
 * paths and contents), not the file events themselves. So an editor that writes a temporary file and renames
 * it over the original, a backup or swap file appearing, a {@code touch}, or a whole directory replaced, all
 * come down to "did the rules change?". File events (java.nio {@link WatchService}) only make the watcher look
 * at once; a slow poll of the version runs beside them in case an event is lost (a directory replaced, an
 * overflow). Where the platform's WatchService is itself a slow poller (the JDK on macOS looks every 2 to 10
 * seconds), the watcher polls the version every {@link #POLL_INTERVAL} instead.
 */
public final class RulesWatcher implements AutoCloseable {
    /** The default quiet time before a change is loaded. */
    public static final Duration DEFAULT_DEBOUNCE = Duration.ofMillis(300);
    /** How often the version is polled where file events are not used. */
    public static final Duration POLL_INTERVAL = Duration.ofMillis(200);
    /** How often the version is polled beside file events, in case one is lost. */
    static final Duration SAFETY_POLL = Duration.ofSeconds(2);
    /** How often a pending change is looked at again while waiting for it to settle. */
    static final Duration TICK = Duration.ofMillis(50);

    private static final Logger LOG = LoggerFactory.getLogger(RulesWatcher.class);

    /** How changes are noticed. */
    public enum Mode {
        /** File events from the platform's WatchService, with a slow poll beside them. */
        EVENTS,
        /** The rule-set version polled every {@link #POLL_INTERVAL}. */
        POLLING
    }

    /** Told of every reload the watcher tries, and of every look that found nothing to load; all run on its thread. */
    public interface Listener {
        default void reloaded(Reloader.Outcome outcome) {}

        default void refused(List<RuleProblem> problems) {}

        /**
         * The watcher looked at the files and found nothing to load: they are the live rules, or the version it
         * last tried. Lets a test wait for a look instead of sleeping to show that nothing was reloaded.
         */
        default void unchanged(String version) {}
    }

    private final Reloader reloader;
    private final Path root;
    private final Duration debounce;
    private final Mode mode;
    private final Listener listener;
    private final WatchService watchService;
    private final Map<WatchKey, Path> keys = new HashMap<>();
    private final Thread thread;
    private volatile boolean closed;

    private RulesWatcher(Reloader reloader, Duration debounce, Mode mode, Listener listener) throws IOException {
        this.reloader = reloader;
        this.root = reloader.directory();
        this.debounce = debounce;
        this.mode = mode;
        this.listener = listener;
        this.watchService = mode == Mode.EVENTS ? root.getFileSystem().newWatchService() : null;
        if (watchService != null) {
            registerTree(root);
        }
        this.thread = new Thread(this::run, "rules-watcher");
        this.thread.setDaemon(true);
    }

    /** Starts watching the reloader's directory with the default debounce and the best mode for the platform. */
    public static RulesWatcher start(Reloader reloader) throws IOException {
        return start(reloader, DEFAULT_DEBOUNCE, defaultMode(), new Listener() {});
    }

    public static RulesWatcher start(Reloader reloader, Duration debounce, Mode mode, Listener listener)
            throws IOException {
        RulesWatcher watcher = new RulesWatcher(Objects.requireNonNull(reloader), Objects.requireNonNull(debounce),
                Objects.requireNonNull(mode), Objects.requireNonNull(listener));
        watcher.thread.start();
        LOG.info("watching {} for rule changes ({}, {} ms debounce)", watcher.root,
                mode == Mode.EVENTS ? "file events" : "polling every " + POLL_INTERVAL.toMillis() + " ms",
                debounce.toMillis());
        return watcher;
    }

    /**
     * EVENTS, unless the platform's WatchService is the JDK's polling one (macOS), which notices a change only
     * seconds later; then POLLING, which notices it within {@link #POLL_INTERVAL}.
     */
    public static Mode defaultMode() {
        try (WatchService probe = FileSystems.getDefault().newWatchService()) {
            return probe.getClass().getName().contains("Polling") ? Mode.POLLING : Mode.EVENTS;
        } catch (IOException | UnsupportedOperationException e) {
            return Mode.POLLING;
        }
    }

    public Mode mode() {
        return mode;
    }

    private void run() {
        String tried = reloader.holder().current().version();
        String seen = tried;
        long seenAt = System.nanoTime();
        try {
            while (!closed) {
                boolean pending = seen != null && !seen.equals(tried);
                Duration idle = mode == Mode.EVENTS ? SAFETY_POLL : POLL_INTERVAL;
                awaitChange(pending ? TICK : idle);
                String now = version();
                if (now == null) {
                    continue; // the directory is being replaced or cannot be read: look again
                }
                if (!now.equals(seen)) {
                    seen = now;
                    seenAt = System.nanoTime();
                    continue;
                }
                if (now.equals(tried) || now.equals(reloader.holder().current().version())) {
                    tried = now;
                    listener.unchanged(now);
                    continue;
                }
                if (System.nanoTime() - seenAt < debounce.toNanos()) {
                    continue;
                }
                tried = now;
                reload();
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed
        } catch (RuntimeException e) {
            LOG.error("rule watcher stopped: {}", e.toString(), e);
        }
    }

    private void reload() {
        String live = reloader.holder().current().shortVersion();
        long started = System.nanoTime();
        try {
            Reloader.Outcome outcome = reloader.reload();
            if (outcome.changed()) {
                LOG.info("rules reloaded from {}: rule set {} is live (was {}); compiled and checked in {} ms", root,
                        outcome.live().shortVersion(), outcome.previous().shortVersion(),
                        (System.nanoTime() - started) / 1_000_000);
            }
            listener.reloaded(outcome);
        } catch (RuleSetException e) {
            LOG.warn("rules in {} not reloaded: {} problem(s); rule set {} stays live", root, e.problems().size(), live);
            e.problems().forEach(p -> LOG.warn("{}", p));
            listener.refused(e.problems());
        } catch (IOException e) {
            LOG.warn("rules in {} not reloaded: {}; rule set {} stays live", root, e.getMessage(), live);
            listener.refused(List.of(new RuleProblem(root.toString(), 0, String.valueOf(e.getMessage()))));
        } catch (RuntimeException e) {
            LOG.warn("rules in {} not reloaded: {}; rule set {} stays live", root, e.toString(), live);
            listener.refused(List.of(new RuleProblem(root.toString(), 0, e.toString())));
        }
    }

    /** The version of the rule files on disk now, or null when they cannot be read (e.g. mid-replacement). */
    private String version() {
        try {
            Map<String, String> files = RuleFiles.read(root);
            return files.isEmpty() ? null : RuleFiles.version(files);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Waits up to {@code timeout} for a file event (or simply sleeps when polling), keeping the watch current. */
    private void awaitChange(Duration timeout) throws InterruptedException {
        if (watchService == null) {
            Thread.sleep(timeout.toMillis());
            return;
        }
        WatchKey key = watchService.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        while (key != null) {
            Path dir = keys.get(key);
            for (WatchEvent<?> event : key.pollEvents()) {
                if (dir != null && event.kind() == StandardWatchEventKinds.ENTRY_CREATE
                        && event.context() instanceof Path name && Files.isDirectory(dir.resolve(name))) {
                    registerTree(dir.resolve(name));
                }
            }
            if (!key.reset()) {
                keys.remove(key);
            }
            key = watchService.poll();
        }
        if (!keys.containsValue(root) && Files.isDirectory(root)) {
            registerTree(root); // the directory was replaced: watch the new one
        }
    }

    private void registerTree(Path dir) {
        try (Stream<Path> dirs = Files.walk(dir)) {
            for (Path d : (Iterable<Path>) dirs.filter(Files::isDirectory)::iterator) {
                keys.put(d.register(watchService, StandardWatchEventKinds.ENTRY_CREATE,
                        StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE), d);
            }
        } catch (IOException | RuntimeException e) {
            LOG.debug("cannot watch {} yet: {}", dir, e.toString());
        }
    }

    @Override
    public void close() {
        closed = true;
        thread.interrupt();
        if (watchService != null) {
            try {
                watchService.close();
            } catch (IOException e) {
                // closing anyway
            }
        }
        try {
            thread.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
