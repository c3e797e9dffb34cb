package dev.osprey.core.journal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The journal writer: its own thread, group commit. Callers (the engine thread) hand it writes without blocking and
 * get a future that completes with the entry's sequence once the entry is durable: committed and fsync'd. Whatever
 * queued up while one batch was being made durable becomes the next batch, one transaction each, so a busy engine
 * gets big batches and a quiet one gets prompt single commits, with no timer in between.
 *
 * <p>Futures complete on the writer thread: a callback must only hand work back (e.g. post to the engine queue),
 * never touch engine state or block. A failed commit fails every future of its batch with
 * {@link JournalFailure#COMMIT_FAILED}, and the writer then refuses everything with {@link JournalFailure#WRITER_FAILED}:
 * a journal missing an entry the engine applied could not be replayed faithfully, so it stops rather than go on.
 */
public final class JournalWriter implements AutoCloseable {
    static final int QUEUE_CAPACITY = 1 << 16;
    private static final long CLOSE_WAIT_MS = 10_000;

    private final JournalCodec codec;
    private final BlockingQueue<PendingWrite<?>> queue = new ArrayBlockingQueue<>(QUEUE_CAPACITY);
    private final Connection connection;
    private final JournalTable journal = new JournalTable();
    private final SnapshotTable snapshots = new SnapshotTable(journal);
    private final StateTables state = new StateTables();
    private final AtomicReference<JournalException> failure = new AtomicReference<>();
    private final Map<Class<?>, BatchTable<?>> tables = new ConcurrentHashMap<>();
    private final BatchCommit commit;
    private final Thread thread;
    private volatile boolean closed;

    private JournalWriter(Connection connection, JournalCodec codec) {
        this.connection = connection;
        this.codec = codec;
        this.commit = new BatchCommit(connection, failure, List.of(journal, snapshots, state));
        this.thread = new Thread(new BatchLoop(queue, commit, failure), "journal-writer");
        this.thread.setDaemon(true);
    }

    /** Opens a connection to {@code db}, reads where the journal ends, and starts the writer thread. */
    public static JournalWriter start(JournalDatabase db, JournalCodec codec) {
        Connection c = null;
        try {
            c = db.connect();
            c.setAutoCommit(false);
            JournalWriter w = new JournalWriter(c, codec);
            // The journal is opened before anything can be queued: a snapshot needs its last sequence.
            w.journal.open(c);
            w.snapshots.open(c);
            w.state.open(c);
            w.thread.start();
            return w;
        } catch (SQLException e) {
            closeQuietly(c, e);
            throw new JournalException(JournalFailure.DATABASE_UNAVAILABLE, e.getMessage(), e);
        }
    }

    /** Journals one message; the future completes with its sequence once it is durable. Never blocks. */
    public CompletableFuture<Long> append(JournalEntry entry) {
        JournalTable.Encoded encoded;
        try {
            encoded = JournalTable.encode(entry, codec);
        } catch (JournalException e) {
            return CompletableFuture.failedFuture(e);
        }
        return submit(journal, encoded);
    }

    /**
     * Captures {@code source} now, on the calling thread, and stores it as covering every entry appended before
     * this call (by the same thread: call it from the engine thread, between two messages). The future completes
     * with that journal sequence once the snapshot is durable.
     */
    public CompletableFuture<Long> snapshot(long timeMs, SnapshotSource source) {
        byte[] blob;
        try {
            blob = source.captureState();
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(new JournalException(JournalFailure.ENCODE_FAILED, "snapshot", e));
        }
        return submit(snapshots, new SnapshotTable.Capture(timeMs, blob));
    }

    /** Rewrites one read-model row (order, fill, position, balance, trading or strategy state) in the next batch. */
    public CompletableFuture<Long> save(StateRow row) {
        StateTables.Bound bound;
        try {
            bound = StateTables.bind(row, codec);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(new JournalException(JournalFailure.ENCODE_FAILED, row.toString(), e));
        }
        return submit(state, bound);
    }

    /**
     * The one instance of a table type this writer uses, made on first request: a table that numbers its rows
     * (the audit trail) must not exist twice on one writer, or both would hand out the same sequence.
     */
    public <B extends BatchTable<?>> B table(Class<B> type, Supplier<B> make) {
        return type.cast(tables.computeIfAbsent(type, t -> make.get()));
    }

    /** Queues a row for any other table that commits with the journal (the audit trail uses this). */
    public <T> CompletableFuture<Long> submit(BatchTable<T> table, T row) {
        CompletableFuture<Long> durable = new CompletableFuture<>();
        JournalException failed = failure.get();
        if (failed != null) {
            durable.completeExceptionally(new JournalException(JournalFailure.WRITER_FAILED, failed.getMessage(), failed));
        } else if (closed) {
            durable.completeExceptionally(new JournalException(JournalFailure.WRITER_CLOSED, ""));
        } else if (!queue.offer(new PendingWrite<>(table, row, durable))) {
            durable.completeExceptionally(new JournalException(JournalFailure.QUEUE_FULL, QUEUE_CAPACITY + " queued"));
        }
        return durable;
    }

    /** The failure that stopped the writer, if one did. */
    public Optional<JournalException> failure() {
        return Optional.ofNullable(failure.get());
    }

    /** Batches committed so far (for the benchmark's average batch size). */
    long batchesCommitted() {
        return commit.batches();
    }

    public int queueDepth() {
        return queue.size();
    }

    public JournalCodec codec() {
        return codec;
    }

    /** Makes everything queued before this call durable (or failed), then stops the thread and its connection. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            queue.put(PendingWrite.STOP);
            thread.join(CLOSE_WAIT_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            closeConnection();
        }
    }

    private static void closeQuietly(Connection c, Exception cause) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException e) {
                cause.addSuppressed(e);
            }
        }
    }

    private void closeConnection() {
        try {
            if (!thread.isAlive()) {
                connection.close();
            }
        } catch (SQLException e) {
            throw new JournalException(JournalFailure.DATABASE_UNAVAILABLE, "closing the writer's connection", e);
        }
    }
}
