package dev.osprey.replay;

/**
 * Where a {@link BookSynchronizer} gets a fresh depth snapshot after a gap. The answer arrives later as a
 * {@link MessageKind#DEPTH_SNAPSHOT} message on the synchroniser's own thread, so this only asks.
 */
@FunctionalInterface
public interface SnapshotSource {

    /** A replay cannot fetch one: the next snapshot in the capture, if any, is the only source. */
    SnapshotSource NEXT_IN_CAPTURE = symbol -> { };

    void requestSnapshot(String symbol);
}
