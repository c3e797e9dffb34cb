package dev.osprey.core.journal;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationVersion;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * The embedded H2 database of one data directory ({@code DIR/osprey.mv.db}), brought to the latest schema by the
 * Flyway migrations in {@code db/migration} when it is opened. H2's file lock keeps a second process out, so one
 * data directory has exactly one writer.
 *
 * <p>Durability: H2 2.3 never fsyncs on COMMIT, and with its default WRITE_DELAY (500 ms) it does not even write
 * the change to the file before COMMIT returns: a killed process lost acknowledged entries in our crash test.
 * So the database runs with WRITE_DELAY=0 (COMMIT writes the chunk) and the journal writer ends every batch with
 * {@code CHECKPOINT SYNC}, which calls {@code FileChannel.force(true)}; see {@link BatchCommit#SYNC}.
 */
public final class JournalDatabase implements AutoCloseable {
    static final String FILE_NAME = "osprey";
    private static final String USER = "sa";
    private static final String PASSWORD = "";
    /**
     * WRITE_DELAY=0: COMMIT writes the transaction's chunk at once and H2 starts no background writer, so nothing
     * competes with the journal writer for the store (in A/B runs at 20,000 intents/s the default 500 ms delay
     * gave a median of 7 ms against 0.6 ms). The price is no background compaction (which H2 only runs when the
     * store is idle): the file grows with the commit rate while the desk runs and gives the space back when the
     * database closes (docs/benchmarks/journal.md). The fsync is the writer's CHECKPOINT SYNC ({@link BatchCommit#SYNC}).
     * DB_CLOSE_ON_EXIT=FALSE: H2's shutdown hook must not close the database under the writer's last batch; the
     * owner closes it. Nothing unacknowledged was promised durable, so an exit without close loses nothing
     * that was confirmed.
     */
    private static final String SETTINGS = ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE";

    private final Path dataDir;
    private final String url;
    /** Keeps the embedded database open for as long as this object is: H2 closes it with the last connection. */
    private final Connection keepOpen;

    private JournalDatabase(Path dataDir, String url, Connection keepOpen) {
        this.dataDir = dataDir;
        this.url = url;
        this.keepOpen = keepOpen;
    }

    /** Opens (creating if needed) the database in {@code dataDir} and applies every pending migration. */
    public static JournalDatabase open(Path dataDir) {
        return open(dataDir, MigrationVersion.LATEST);
    }

    /** Opens and migrates up to {@code target} only: lets a test build a database of an older schema. */
    static JournalDatabase open(Path dataDir, MigrationVersion target) {
        Path dir = dataDir.toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create data directory " + dir, e);
        }
        String url = url(dir, SETTINGS);
        Connection keep;
        try {
            keep = DriverManager.getConnection(url, USER, PASSWORD);
        } catch (SQLException e) {
            throw new JournalException(JournalFailure.DATABASE_UNAVAILABLE, describe(dir, e), e);
        }
        try {
            migrate(url, target);
            return new JournalDatabase(dir, url, keep);
        } catch (FlywayException e) {
            try {
                keep.close();
            } catch (SQLException closing) {
                e.addSuppressed(closing);
            }
            throw new JournalException(JournalFailure.SCHEMA_MIGRATION_FAILED, e.getMessage(), e);
        }
    }

    /** A URL that opens an existing database of {@code dataDir} read-only and never creates one. */
    public static String readOnlyUrl(Path dataDir) {
        return url(dataDir.toAbsolutePath().normalize(), ";IFEXISTS=TRUE;ACCESS_MODE_DATA=r");
    }

    public static Connection connectReadOnly(Path dataDir) throws SQLException {
        return DriverManager.getConnection(readOnlyUrl(dataDir), USER, PASSWORD);
    }

    /** A new connection to this database; the caller closes it. */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url, USER, PASSWORD);
    }

    public Path dataDir() {
        return dataDir;
    }

    /** The schema version the database is at, e.g. "2". */
    public String schemaVersion() {
        return flyway(url, MigrationVersion.LATEST).info().current().getVersion().getVersion();
    }

    @Override
    public void close() {
        try {
            keepOpen.close();
        } catch (SQLException e) {
            throw new JournalException(JournalFailure.DATABASE_UNAVAILABLE, "closing " + dataDir, e);
        }
    }

    private static void migrate(String url, MigrationVersion target) {
        flyway(url, target).migrate();
    }

    private static Flyway flyway(String url, MigrationVersion target) {
        return Flyway.configure(JournalDatabase.class.getClassLoader())
                .dataSource(url, USER, PASSWORD)
                .locations("classpath:db/migration")
                .target(target)
                .failOnMissingLocations(true)
                .load();
    }

    private static String url(Path dir, String settings) {
        return "jdbc:h2:file:" + dir.resolve(FILE_NAME) + settings;
    }

    private static String describe(Path dir, SQLException e) {
        if (e.getErrorCode() == org.h2.api.ErrorCode.DATABASE_ALREADY_OPEN_1) {
            return "the data directory " + dir + " is in use by another Osprey process";
        }
        return "cannot open the database in " + dir + ": " + e.getMessage();
    }
}
