package dev.osprey.core.journal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One batch, one transaction: every row of the batch is added to its table, the tables flush, the transaction
 * commits, and {@value #SYNC} forces the file to disk. Only then do the futures complete, in queue order.
 */
final class BatchCommit {
    private static final Logger LOG = LoggerFactory.getLogger(BatchCommit.class);
    /**
     * H2 2.3's COMMIT hands the change to the MVStore, which writes it to the file within WRITE_DELAY and never
     * calls fsync. CHECKPOINT SYNC writes the pending chunk (MVStore.commit) and then FileChannel.force(true):
     * the batch is on the disk, not just in the OS cache, when it returns.
     */
    static final String SYNC = "CHECKPOINT SYNC";

    private final Connection connection;
    private final AtomicReference<JournalException> failure;
    private final Set<BatchTable<?>> opened = Collections.newSetFromMap(new IdentityHashMap<>());
    private final List<BatchTable<?>> touched = new ArrayList<>();
    private long[] sequences = new long[BatchLoop.MAX_BATCH];
    /** Batches made durable so far: with the number of writes, the average group-commit size. */
    private volatile long batches;

    BatchCommit(Connection connection, AtomicReference<JournalException> failure, List<BatchTable<?>> openAtStart) {
        this.connection = connection;
        this.failure = failure;
        this.opened.addAll(openAtStart);
    }

    void write(List<PendingWrite<?>> work) {
        JournalException stopped = failure.get();
        if (stopped != null) {
            failAll(work, new JournalException(JournalFailure.WRITER_FAILED, stopped.getMessage(), stopped));
            return;
        }
        if (sequences.length < work.size()) {
            sequences = new long[work.size()];
        }
        try (Statement sync = connection.createStatement()) {
            for (int i = 0; i < work.size(); i++) {
                sequences[i] = add(work.get(i));
            }
            for (BatchTable<?> t : touched) {
                t.flush();
            }
            connection.commit();
            sync.execute(SYNC);
        } catch (SQLException | RuntimeException e) {
            refuse(work, e);
            return;
        }
        for (BatchTable<?> t : touched) {
            t.committed();
        }
        touched.clear();
        batches++;
        for (int i = 0; i < work.size(); i++) {
            work.get(i).durable().complete(sequences[i]);
        }
    }

    private <T> long add(PendingWrite<T> w) throws SQLException {
        BatchTable<T> table = w.table();
        if (opened.add(table)) {
            table.open(connection);
        }
        if (!touched.contains(table)) {
            touched.add(table);
        }
        return table.add(w.row());
    }

    private void refuse(List<PendingWrite<?>> work, Exception cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
        for (BatchTable<?> t : touched) {
            t.discarded();
        }
        touched.clear();
        JournalException failed = new JournalException(JournalFailure.COMMIT_FAILED, cause.getMessage(), cause);
        failure.compareAndSet(null, failed);
        LOG.error("journal batch of {} write(s) failed; the writer refuses everything from now on", work.size(), cause);
        failAll(work, failed);
    }

    long batches() {
        return batches;
    }

    static void failAll(List<PendingWrite<?>> writes, JournalException why) {
        for (PendingWrite<?> w : writes) {
            if (w != PendingWrite.STOP) {
                w.durable().completeExceptionally(why);
            }
        }
    }
}
