package dev.osprey.core.journal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JournalWriterTest {
    private final JournalCodec codec = new JournalCodec();

    @TempDir
    Path dir;

    @Test
    void whenEntriesAreAppended_thenEachCompletesWithTheNextSequenceInOrder() {
        try (JournalDatabase db = JournalDatabase.open(dir); JournalWriter w = JournalWriter.start(db, codec)) {
            // Act
            List<CompletableFuture<Long>> acks = new ArrayList<>();
            for (int i = 1; i <= 500; i++) {
                acks.add(w.append(Messages.intent(i)));
            }

            // Assert
            List<Long> sequences = acks.stream().map(CompletableFuture::join).toList();
            assertEquals(Messages.sequences(1, 500), sequences);
            List<SequencedEntry> tail = new Recovery(db, codec).load().tail();
            assertEquals(IntStream.rangeClosed(1, 500).mapToObj(i -> Messages.intent(i).message()).toList(),
                    tail.stream().map(SequencedEntry::message).toList());
        }
    }

    @Test
    void whenWritesQueueWhileABatchCommits_thenTheyAllCommitAsTheNextBatch() throws Exception {
        try (JournalDatabase db = JournalDatabase.open(dir); JournalWriter w = JournalWriter.start(db, codec)) {
            // Arrange: the writer is held inside a first batch
            TestTables.Holding holding = new TestTables.Holding();
            TestTables.Counting counting = new TestTables.Counting();
            CompletableFuture<Long> first = w.submit(holding, "first");
            holding.awaitWriterInside();

            // Act: 300 writes arrive while it commits
            List<CompletableFuture<Long>> queued = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                queued.add(w.submit(counting, "row" + i));
            }
            holding.release.countDown();
            CompletableFuture.allOf(queued.toArray(CompletableFuture[]::new)).join();

            // Assert: one more batch, not 300
            first.join();
            assertEquals(300, counting.rows);
            assertEquals(1, counting.flushes);
        }
    }

    @Test
    void whenACommitFails_thenItsBatchFailsWithTheReasonAndTheWriterRefusesWhatFollows() throws Exception {
        try (JournalDatabase db = JournalDatabase.open(dir)) {
            JournalWriter w = JournalWriter.start(db, codec);
            TestTables.Holding holding = new TestTables.Holding();
            w.submit(holding, "hold");
            holding.awaitWriterInside();
            CompletableFuture<Long> intent = w.append(Messages.intent(1));
            CompletableFuture<Long> doomed = w.submit(new TestTables.Failing(), "disk full");

            // Act
            holding.release.countDown();

            // Assert
            JournalException failed = failure(intent);
            assertEquals(JournalFailure.COMMIT_FAILED, failed.failure());
            assertTrue(failed.getMessage().contains("No space left on device"), failed.getMessage());
            assertEquals(JournalFailure.COMMIT_FAILED, failure(doomed).failure());
            assertEquals(JournalFailure.WRITER_FAILED, failure(w.append(Messages.intent(2))).failure());
            assertTrue(w.failure().isPresent());
            w.close();
            assertEquals(List.of(), new Recovery(db, codec).load().tail(), "the failed batch was rolled back");
        }
    }

    @Test
    void whenClosed_thenWhatWasQueuedIsDurableAndLaterAppendsAreRefused() {
        try (JournalDatabase db = JournalDatabase.open(dir)) {
            JournalWriter w = JournalWriter.start(db, codec);
            List<CompletableFuture<Long>> acks = new ArrayList<>();
            for (int i = 1; i <= 200; i++) {
                acks.add(w.append(Messages.intent(i)));
            }

            // Act
            w.close();

            // Assert
            assertEquals(200L, acks.get(199).join());
            assertEquals(JournalFailure.WRITER_CLOSED, failure(w.append(Messages.intent(201))).failure());
            assertEquals(200, new Recovery(db, codec).load().tail().size());
        }
    }

    @Test
    void whenTheQueueIsFull_thenAppendRefusesAtOnceInsteadOfBlocking() throws Exception {
        try (JournalDatabase db = JournalDatabase.open(dir); JournalWriter w = JournalWriter.start(db, codec)) {
            // Arrange
            TestTables.Holding holding = new TestTables.Holding();
            TestTables.Counting counting = new TestTables.Counting();
            w.submit(holding, "hold");
            holding.awaitWriterInside();
            for (int i = 0; i < JournalWriter.QUEUE_CAPACITY; i++) {
                w.submit(counting, "fill");
            }

            // Act
            CompletableFuture<Long> refused = w.append(Messages.intent(1));

            // Assert
            assertEquals(JournalFailure.QUEUE_FULL, failure(refused).failure());
            holding.release.countDown();
        }
    }

    @Test
    void whenWriterRestarts_thenSequencesContinueWhereTheJournalEnds() {
        try (JournalDatabase db = JournalDatabase.open(dir)) {
            try (JournalWriter w = JournalWriter.start(db, codec)) {
                w.append(Messages.intent(1));
                w.append(Messages.intent(2));
            }

            // Act
            long next;
            try (JournalWriter w = JournalWriter.start(db, codec)) {
                next = w.append(Messages.intent(3)).join();
            }

            // Assert
            assertEquals(3L, next);
        }
    }

    static JournalException failure(CompletableFuture<Long> f) {
        CompletionException e = assertThrows(CompletionException.class, f::join);
        return assertInstanceOf(JournalException.class, e.getCause());
    }
}
