package dev.osprey.core.journal;

import dev.osprey.core.engine.EngineMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RecoveryTest {
    private final JournalCodec codec = new JournalCodec();

    @TempDir
    Path dir;

    @Test
    void whenThereIsNoSnapshot_thenTheWholeJournalReplaysInOrder() {
        try (JournalDatabase db = JournalDatabase.open(dir)) {
            // Arrange
            append(db, 1, 25);

            // Act
            Recovery.Recovered r = new Recovery(db, codec, 7).load();

            // Assert: pages of 7 join up without a gap or a repeat
            assertTrue(r.snapshot().isEmpty());
            assertEquals(messages(1, 25), r.tail().stream().map(SequencedEntry::message).toList());
            assertEquals(Messages.sequences(1, 25), r.tail().stream().map(SequencedEntry::sequence).toList());
        }
    }

    @Test
    void whenSnapshotsExist_thenTheNewestIsReturnedWithOnlyTheEntriesAfterIt() {
        try (JournalDatabase db = JournalDatabase.open(dir)) {
            // Arrange: 5 entries, snapshot A, 3 entries, snapshot B, 4 entries
            try (JournalWriter w = JournalWriter.start(db, codec)) {
                appendAll(w, 1, 5);
                w.snapshot(100L, () -> blob("A"));
                appendAll(w, 6, 8);
                assertEquals(8L, w.snapshot(200L, () -> blob("B")).join());
                appendAll(w, 9, 12);
            }

            // Act
            Recovery.Recovered r = new Recovery(db, codec).load();

            // Assert
            Snapshot s = r.snapshot().orElseThrow();
            assertEquals(8L, s.journalSequence());
            assertEquals(200L, s.timeMs());
            assertArrayEquals(blob("B"), s.state());
            assertEquals(messages(9, 12), r.tail().stream().map(SequencedEntry::message).toList());
            assertEquals(9L, r.tail().get(0).sequence());
        }
    }

    @Test
    void whenRecovering_thenTheSnapshotIsRestoredBeforeTheTailIsApplied() {
        try (JournalDatabase db = JournalDatabase.open(dir)) {
            try (JournalWriter w = JournalWriter.start(db, codec)) {
                appendAll(w, 1, 3);
                w.snapshot(1L, () -> blob("S"));
                appendAll(w, 4, 6);
            }
            List<String> calls = new ArrayList<>();

            // Act
            Recovery.Outcome outcome = new Recovery(db, codec).recover(
                    s -> calls.add("restore@" + s.journalSequence()),
                    e -> calls.add("apply#" + e.sequence() + ":" + e.type()));

            // Assert
            assertEquals(List.of("restore@3", "apply#4:PlaceOrder", "apply#5:PlaceOrder", "apply#6:PlaceOrder"), calls);
            assertEquals(3L, outcome.replayed());
            assertEquals(6L, outcome.lastSequence());
        }
    }

    @Test
    void whenTheJournalHasAGap_thenReplayStopsAndSaysWhere() throws Exception {
        try (JournalDatabase db = JournalDatabase.open(dir)) {
            // Arrange
            append(db, 1, 5);
            try (Connection c = db.connect(); Statement s = c.createStatement()) {
                s.executeUpdate("DELETE FROM journal WHERE seq = 3");
            }

            // Act
            JournalException e = assertThrows(JournalException.class, () -> new Recovery(db, codec).load());

            // Assert
            assertEquals(JournalFailure.CORRUPT, e.failure());
            assertTrue(e.getMessage().contains("expected sequence 3, found 4"), e.getMessage());
        }
    }

    private void append(JournalDatabase db, int from, int to) {
        try (JournalWriter w = JournalWriter.start(db, codec)) {
            appendAll(w, from, to);
        }
    }

    private static void appendAll(JournalWriter w, int from, int to) {
        for (int i = from; i <= to; i++) {
            w.append(Messages.intent(i));
        }
    }

    private static List<EngineMessage> messages(int from, int to) {
        return IntStream.rangeClosed(from, to).mapToObj(i -> Messages.intent(i).message()).toList();
    }

    private static byte[] blob(String s) {
        return ("state-" + s).getBytes(StandardCharsets.UTF_8);
    }
}
