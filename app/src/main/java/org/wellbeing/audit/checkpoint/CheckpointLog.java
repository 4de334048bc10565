package org.wellbeing.audit.checkpoint;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The checkpoint log: a text file outside the audit database, one signed checkpoint per line, appended and
 * forced to disk after every append to the chain. An auditor verifies the database against it with the
 * public key; copies of it (or of the checkpoints the API returned) kept elsewhere make a truncated log
 * detectable too.
 */
public final class CheckpointLog implements AutoCloseable {
    /** The log's file name beside a database when none is given: {@code audit.db} has {@code audit.db.checkpoints}. */
    public static Path besides(Path database) {
        return database.resolveSibling(database.getFileName() + ".checkpoints");
    }

    private final Path file;
    private final FileChannel channel;
    private final Object forcing = new Object();
    private long written; // lines written, guarded by this
    private long forced;  // lines known on disk, guarded by forcing

    private CheckpointLog(Path file, FileChannel channel) {
        this.file = file;
        this.channel = channel;
    }

    /** Opens the log for appending, creating it when missing. */
    public static CheckpointLog open(Path file) {
        try {
            if (file.toAbsolutePath().getParent() != null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
            }
            return new CheckpointLog(file, FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND,
                    StandardOpenOption.WRITE));
        } catch (IOException e) {
            throw new KeyFileException("cannot open checkpoint log " + file + ": " + e.getMessage());
        }
    }

    public Path file() {
        return file;
    }

    /**
     * Appends one line and forces it to disk before returning. Appends that arrive while one is being forced
     * share the next force (as the audit store's group commit shares a transaction): one fsync for many lines.
     */
    public void append(Checkpoint checkpoint) {
        long mine;
        try {
            synchronized (this) {
                ByteBuffer line = ByteBuffer.wrap((checkpoint.toLine() + "\n").getBytes(StandardCharsets.US_ASCII));
                while (line.hasRemaining()) {
                    channel.write(line);
                }
                mine = ++written;
            }
            synchronized (forcing) {
                if (forced < mine) {
                    long upTo;
                    synchronized (this) {
                        upTo = written;
                    }
                    channel.force(false);
                    forced = upTo;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to checkpoint log " + file, e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close checkpoint log " + file, e);
        }
    }

    /** One line of a log as read back: the checkpoint, or why the line is not one. */
    public record Line(int number, Checkpoint checkpoint, String problem) {}

    /** Every non-blank line of the log, numbered as an editor counts them. */
    public static List<Line> read(Path file) throws IOException {
        List<Line> lines = new ArrayList<>();
        int number = 0;
        for (String text : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            number++;
            if (text.isBlank()) {
                continue;
            }
            try {
                lines.add(new Line(number, Checkpoint.parse(text), null));
            } catch (IllegalArgumentException e) {
                lines.add(new Line(number, null, e.getMessage()));
            }
        }
        return lines;
    }
}
