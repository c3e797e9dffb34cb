package dev.osprey.core.journal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Entries the writer called durable survive the process being killed without any chance to close (SIGKILL).
 * A real child JVM, not a simulated crash: nothing in this JVM can flush on its behalf.
 */
class CrashDurabilityTest {
    private static final int ACKS_BEFORE_KILL = 3_000;

    @TempDir
    Path dir;

    @Test
    void whenTheProcessIsKilledMidBurst_thenEveryAcknowledgedEntryIsInTheJournal() throws Exception {
        // Arrange
        Process child = new ProcessBuilder(javaBinary(), "-cp", System.getProperty("java.class.path"),
                "-Dlogback.configurationFile=none", CrashingJournalClient.class.getName(), dir.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        long highestAcked = 0;
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            int acks = 0;
            for (String line = lines.readLine(); line != null && acks < ACKS_BEFORE_KILL; line = lines.readLine()) {
                if (line.startsWith("durable ")) {
                    highestAcked = Math.max(highestAcked, Long.parseLong(line.substring(8)));
                    acks++;
                }
            }

            // One process per data dir: H2's file lock keeps this JVM out while the child has it open.
            JournalException inUse = assertThrows(JournalException.class, () -> JournalDatabase.open(dir));
            assertTrue(inUse.getMessage().contains("in use by another Osprey process"), inUse.getMessage());

            // Act
            child.destroyForcibly();
            assertTrue(child.waitFor(10, TimeUnit.SECONDS), "the child did not die");
        }

        // Assert: every acknowledged sequence is there, with the message it was acknowledged for
        assertTrue(highestAcked >= ACKS_BEFORE_KILL, "the child acknowledged only " + highestAcked);
        try (JournalDatabase db = JournalDatabase.open(dir)) {
            List<SequencedEntry> tail = new Recovery(db, new JournalCodec()).load().tail();
            assertTrue(tail.size() >= highestAcked, "acknowledged " + highestAcked + ", recovered " + tail.size());
            SequencedEntry last = tail.get((int) highestAcked - 1);
            assertEquals(highestAcked, last.sequence());
            assertEquals(Messages.intent((int) highestAcked).message(), last.message());
        }
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java" + (File.separatorChar == '\\' ? ".exe" : ""))
                .toString();
    }
}
