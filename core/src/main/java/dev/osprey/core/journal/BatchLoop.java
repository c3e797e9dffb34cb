package dev.osprey.core.journal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The writer thread's loop: wait for the first write, take everything else already queued (up to
 * {@link #MAX_BATCH}) and commit it as one batch. No timer: the time one batch takes to become durable is the
 * window in which the next one gathers.
 */
final class BatchLoop implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(BatchLoop.class);
    static final int MAX_BATCH = 4096;

    private final BlockingQueue<PendingWrite<?>> queue;
    private final BatchCommit commit;
    private final AtomicReference<JournalException> failure;

    BatchLoop(BlockingQueue<PendingWrite<?>> queue, BatchCommit commit, AtomicReference<JournalException> failure) {
        this.queue = queue;
        this.commit = commit;
        this.failure = failure;
    }

    @Override
    public void run() {
        List<PendingWrite<?>> batch = new ArrayList<>(MAX_BATCH);
        try {
            boolean stopping = false;
            while (!stopping) {
                batch.add(queue.take());
                queue.drainTo(batch, MAX_BATCH - 1);
                int stop = batch.indexOf(PendingWrite.STOP);
                stopping = stop >= 0;
                List<PendingWrite<?>> work = stopping ? batch.subList(0, stop) : batch;
                if (!work.isEmpty()) {
                    commit.write(work);
                }
                if (stopping) {
                    failClosed(batch.subList(stop + 1, batch.size()));
                }
                batch.clear();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | Error e) {
            // Never leave a caller waiting on a future nobody will complete.
            LOG.error("journal writer stopped", e);
            failure.compareAndSet(null, new JournalException(JournalFailure.COMMIT_FAILED, e.toString(), e));
            BatchCommit.failAll(batch, failure.get());
        } finally {
            List<PendingWrite<?>> left = new ArrayList<>();
            queue.drainTo(left);
            failClosed(left);
        }
    }

    private void failClosed(List<PendingWrite<?>> writes) {
        JournalException stopped = failure.get();
        BatchCommit.failAll(writes, stopped != null
                ? new JournalException(JournalFailure.WRITER_FAILED, stopped.getMessage(), stopped)
                : new JournalException(JournalFailure.WRITER_CLOSED, "queued after close"));
    }
}
