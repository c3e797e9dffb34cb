package dev.osprey.core.journal;

import dev.osprey.core.engine.EngineMessage;

/** A journal entry as read back: its place in the journal (from 1, gap-free), time and message. */
public record SequencedEntry(long sequence, long timeMs, String type, EngineMessage message) {
}
