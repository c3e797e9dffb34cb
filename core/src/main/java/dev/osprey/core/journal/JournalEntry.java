package dev.osprey.core.journal;

import dev.osprey.core.engine.EngineMessage;

import java.util.Objects;

/** One message the engine applied and must apply again on replay, with the engine time it applied it at. */
public record JournalEntry(long timeMs, EngineMessage message) {
    public JournalEntry {
        Objects.requireNonNull(message, "message");
    }
}
