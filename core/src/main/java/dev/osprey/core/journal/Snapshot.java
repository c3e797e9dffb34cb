package dev.osprey.core.journal;

/**
 * The engine's state as it was after applying journal entry {@code journalSequence}: the blob the engine's
 * {@link SnapshotSource} gave. Recovery restores it, then replays the entries after that sequence.
 */
public record Snapshot(long journalSequence, long timeMs, byte[] state) {
}
