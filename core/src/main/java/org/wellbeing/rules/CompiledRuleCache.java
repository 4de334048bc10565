package org.wellbeing.rules;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.drools.base.common.DroolsObjectInputStream;
import org.drools.base.common.DroolsObjectOutputStream;
import org.kie.api.definition.KiePackage;

/**
 * Compiled rule packages kept on disk, so that a command on unchanged rules does not run Drools' compiler
 * again: Drools' own serialised form of the packages (the rule network's definitions and the consequences'
 * compiled classes), one file per rule-set version and build of this program.
 *
 * <p>Only packages that compiled without errors are written, under the SHA-256 of the very files they came
 * from, so a broken or changed file can never be served from here: its text has another key. A file is
 * written whole to a temporary name and then moved into place, so a reader never sees half of one; one that
 * cannot be read is ignored (and removed), and the rules are compiled as if it were not there.
 *
 * <p>Where: {@code -Dwellbeing.rule-cache=DIR}, else {@code $WELLBEING_RULE_CACHE}, else
 * {@code ~/.cache/wellbeing-engine/rules}. {@code off} as either switches the cache off. The files are
 * Java-serialised: the directory must be writable by its user only, like any cache of code.
 */
public final class CompiledRuleCache {
    private static final String BUILD = buildIdentity();
    private static final int KEPT = 16;
    private final AtomicInteger hits = new AtomicInteger();

    private final Path dir;

    private CompiledRuleCache(Path dir) {
        this.dir = dir;
    }

    /** A cache in {@code dir}. */
    public static CompiledRuleCache in(Path dir) {
        return new CompiledRuleCache(dir);
    }

    /** No cache: every compile runs Drools' compiler. */
    public static CompiledRuleCache off() {
        return new CompiledRuleCache(null);
    }

    /** The cache the settings name (see the class comment). */
    public static CompiledRuleCache configured() {
        String setting = System.getProperty("wellbeing.rule-cache", System.getenv("WELLBEING_RULE_CACHE"));
        if (setting != null && setting.equalsIgnoreCase("off")) {
            return off();
        }
        if (setting != null && !setting.isBlank()) {
            return in(Path.of(setting));
        }
        return in(Path.of(System.getProperty("user.home"), ".cache", "wellbeing-engine", "rules"));
    }

    /** How many rule sets this cache has served: for tests that tell a read from a compile. */
    public int hits() {
        return hits.get();
    }

    public boolean enabled() {
        return dir != null;
    }

    /** The packages compiled from the rule set of this version, or null when none are kept. */
    Collection<KiePackage> read(String version) {
        if (dir == null) {
            return null;
        }
        Path file = fileFor(version);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try (var in = new DroolsObjectInputStream(new ByteArrayInputStream(Files.readAllBytes(file)),
                CompiledRuleCache.class.getClassLoader())) {
            List<KiePackage> packages = new ArrayList<>();
            for (Object p : (Collection<?>) in.readObject()) {
                packages.add((KiePackage) p);
            }
            hits.incrementAndGet();
            markUsed(file);
            return packages;
        } catch (IOException | ClassNotFoundException | RuntimeException | LinkageError unreadable) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // another process may hold it; it will be replaced by the next write
            }
            return null;
        }
    }

    /** Keeps the packages compiled from the rule set of this version; a failure to write only costs the next start. */
    void write(String version, Collection<KiePackage> packages) {
        if (dir == null) {
            return;
        }
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 20);
            try (ObjectOutputStream out = new DroolsObjectOutputStream(bytes)) {
                out.writeObject(new ArrayList<>(packages));
            }
            Files.createDirectories(dir);
            Path file = fileFor(version);
            Path partial = Files.createTempFile(dir, file.getFileName().toString(), ".partial");
            try {
                Files.write(partial, bytes.toByteArray());
                try {
                    Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(partial);
            }
            prune(".rules");
        } catch (IOException | RuntimeException notKept) {
            // the rules compiled and are used; only the next start will compile them again
        }
    }

    /**
     * Whether a check of this key has passed before with this build of the program (see {@link #rememberPass}).
     * A key names everything the check's result depends on, e.g. the rule-set version and the digest of the facts
     * it was checked on; an evaluation is determined by them, so the same check passes again.
     */
    public boolean passed(String key) {
        if (dir == null) {
            return false;
        }
        Path marker = markerFor(key);
        if (!Files.isRegularFile(marker)) {
            return false;
        }
        markUsed(marker);
        return true;
    }

    /** Notes that a check of this key passed; a failure to note it only costs the check next time. */
    public void rememberPass(String key) {
        if (dir == null) {
            return;
        }
        try {
            Files.createDirectories(dir);
            Path marker = markerFor(key);
            Files.writeString(marker, key + "\n");
            prune(".passed");
        } catch (IOException | RuntimeException notKept) {
            // checked again next time
        }
    }

    private Path markerFor(String key) {
        return dir.resolve(sha256("passed\n" + key + "\n" + BUILD).substring(0, 32) + ".passed");
    }

    /** A read counts as a use: pruning keeps what was used last, so rules in daily use outlive a run of edits. */
    private static void markUsed(Path file) {
        try {
            Files.setLastModifiedTime(file, FileTime.from(Instant.now()));
        } catch (IOException | RuntimeException notMarked) {
            // a cache on a read-only disk still serves; it only prunes by the time of writing
        }
    }

    /** Keeps the {@value #KEPT} most recently written or read rule sets: an officer's edits each make one. */
    private void prune(String suffix) throws IOException {
        List<Path> kept;
        try (Stream<Path> files = Files.list(dir)) {
            kept = files.filter(f -> f.toString().endsWith(suffix)).sorted(Comparator.comparing((Path f) -> {
                try {
                    return Files.getLastModifiedTime(f).toMillis();
                } catch (IOException gone) {
                    return 0L;
                }
            }).reversed()).toList();
        }
        for (Path old : kept.subList(Math.min(KEPT, kept.size()), kept.size())) {
            Files.deleteIfExists(old);
        }
    }

    Path fileFor(String version) {
        return dir.resolve(sha256(version + "\n" + BUILD).substring(0, 32) + ".rules");
    }

    /**
     * What else decides whether kept packages still fit: the program's classes (the facts the rules match and
     * Drools itself). From a jar, its size and time; from a classes directory, the newest class in it.
     */
    private static String buildIdentity() {
        try {
            Path code = Path.of(CompiledRuleCache.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isRegularFile(code)) {
                return code.toAbsolutePath() + " " + Files.size(code) + " " + Files.getLastModifiedTime(code).toMillis();
            }
            long newest = 0;
            try (Stream<Path> files = Files.walk(code)) {
                for (Path p : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".class"))::iterator) {
                    newest = Math.max(newest, Files.getLastModifiedTime(p).toMillis());
                }
            }
            return code.toAbsolutePath() + " " + newest;
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return "unknown build " + System.nanoTime(); // never matches: compile every time rather than guess
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
