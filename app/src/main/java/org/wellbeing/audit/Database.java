package org.wellbeing.audit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.concurrent.locks.ReentrantLock;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * One SQLite file: a single writer connection (WAL, synchronous=FULL, verified) guarded by a lock,
 * and a fresh read-only connection per read. The schema comes from Flyway migrations.
 */
final class Database implements AutoCloseable {

    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final int BUSY_TIMEOUT_MS = 10_000;
    private static final int SYNCHRONOUS_FULL = 2;

    private final Path file;
    private final SQLiteDataSource dataSource;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final Connection writer;
    private volatile boolean closed;

    private Database(Path file, SQLiteDataSource dataSource, Connection writer) {
        this.file = file;
        this.dataSource = dataSource;
        this.writer = writer;
    }

    /** Opens (creating when missing) the file, checks the pragmas and migrates the schema. */
    static Database open(Path file) {
        Path path = file.toAbsolutePath().normalize();
        prepareFile(path);
        SQLiteDataSource dataSource = dataSource(path);
        Connection writer = null;
        try {
            writer = dataSource.getConnection();
            requirePragmas(path, writer);
            if (!SchemaHistory.upToDate(writer)) {
                migrate(path, dataSource);
            }
            return new Database(path, dataSource, writer);
        } catch (SQLException e) {
            closeQuietly(writer);
            throw new AuditStoreException("cannot open audit database " + path + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(writer);
            throw e;
        }
    }

    Path file() {
        return file;
    }

    /** The database file and its write-ahead log, in bytes on disk. */
    long fileBytes() {
        long bytes = 0;
        for (Path p : new Path[] {file, file.resolveSibling(file.getFileName() + "-wal")}) {
            try {
                bytes += Files.exists(p) ? Files.size(p) : 0;
            } catch (IOException e) {
                throw new AuditStoreException("cannot read the size of " + p + ": " + e.getMessage(), e);
            }
        }
        return bytes;
    }

    /** Runs work in one IMMEDIATE transaction on the writer; returns only after COMMIT succeeded. */
    <T> T write(SqlWork<T> work) {
        writeLock.lock();
        try {
            requireOpen();
            execute(writer, "BEGIN IMMEDIATE");
            try {
                T result = work.run(writer);
                execute(writer, "COMMIT");
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                rollbackQuietly(e);
                throw e;
            }
        } catch (SQLException e) {
            throw new AuditStoreException("audit database " + file + ": write failed: " + e.getMessage(), e);
        } finally {
            writeLock.unlock();
        }
    }

    /** Runs work on a fresh query-only connection (WAL readers do not block the writer). */
    <T> T read(SqlWork<T> work) {
        requireOpen();
        try (Connection connection = dataSource.getConnection()) {
            execute(connection, "PRAGMA query_only = ON");
            return work.run(connection);
        } catch (SQLException e) {
            throw new AuditStoreException("audit database " + file + ": read failed: " + e.getMessage(), e);
        }
    }

    /** The value of a pragma as seen by the writer connection. */
    String writerPragma(String name) {
        if (!name.matches("[a-z_]+")) {
            throw new IllegalArgumentException("not a pragma name: " + name);
        }
        writeLock.lock();
        try {
            requireOpen();
            return pragma(writer, name);
        } catch (SQLException e) {
            throw new AuditStoreException("audit database " + file + ": " + e.getMessage(), e);
        } finally {
            writeLock.unlock();
        }
    }

    @Override
    public void close() {
        writeLock.lock();
        try {
            if (!closed) {
                closed = true;
                writer.close();
            }
        } catch (SQLException e) {
            throw new AuditStoreException("audit database " + file + ": close failed: " + e.getMessage(), e);
        } finally {
            writeLock.unlock();
        }
    }

    private void requireOpen() {
        if (closed) {
            throw new IllegalStateException("audit store " + file + " is closed");
        }
    }

    private void rollbackQuietly(Throwable cause) {
        try {
            execute(writer, "ROLLBACK");
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    private static void prepareFile(Path path) {
        try {
            if (Files.isDirectory(path)) {
                throw new AuditStoreException("audit database path is a directory: " + path);
            }
            if (Files.exists(path)) {
                requireSqliteHeader(path);
            } else if (path.getParent() != null) {
                Files.createDirectories(path.getParent());
            }
        } catch (IOException e) {
            throw new AuditStoreException("cannot prepare audit database " + path + ": " + e, e);
        }
    }

    private static void requireSqliteHeader(Path path) throws IOException {
        if (Files.size(path) == 0) {
            return; // an empty file is a valid empty database to SQLite
        }
        byte[] header;
        try (InputStream in = Files.newInputStream(path)) {
            header = in.readNBytes(SQLITE_HEADER.length);
        }
        if (!Arrays.equals(header, SQLITE_HEADER)) {
            throw new AuditStoreException("not an SQLite database: " + path
                    + " (the file exists but does not start with the SQLite header; refusing to use it)");
        }
    }

    private static SQLiteDataSource dataSource(Path path) {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        SQLiteDataSource dataSource = new SQLiteDataSource(config);
        dataSource.setUrl("jdbc:sqlite:" + path);
        return dataSource;
    }

    private static void requirePragmas(Path path, Connection connection) throws SQLException {
        String journalMode = pragma(connection, "journal_mode");
        if (!"wal".equalsIgnoreCase(journalMode)) {
            throw new AuditStoreException("audit database " + path + " could not be put in WAL mode (journal_mode is "
                    + journalMode + "); is it on a network or read-only file system?");
        }
        String synchronous = pragma(connection, "synchronous");
        if (!String.valueOf(SYNCHRONOUS_FULL).equals(synchronous)) {
            throw new AuditStoreException("audit database " + path + ": synchronous is " + synchronous
                    + ", expected " + SYNCHRONOUS_FULL + " (FULL)");
        }
    }

    private static void migrate(Path path, SQLiteDataSource dataSource) {
        try {
            Flyway.configure(Database.class.getClassLoader())
                    .dataSource(dataSource)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw new AuditStoreException("cannot prepare the schema of audit database " + path + ": "
                    + e.getMessage(), e);
        }
    }

    private static String pragma(Connection connection, String name) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("PRAGMA " + name)) {
            return rows.next() ? rows.getString(1) : null;
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // already failing; the first error is the one to report
            }
        }
    }
}
