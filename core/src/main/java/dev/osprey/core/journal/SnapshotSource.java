package dev.osprey.core.journal;

/**
 * Something that can serialize its whole state (the engine). Called on the caller's thread inside
 * {@link JournalWriter#snapshot}, so the state is read by the thread that owns it, between two messages; the blob
 * is then covered by exactly the entries appended before it. {@link JournalCodec#toBytes} is one way to make it.
 */
@FunctionalInterface
public interface SnapshotSource {
    byte[] captureState();
}
