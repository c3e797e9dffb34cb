package dev.osprey.core.gate;

import dev.osprey.core.order.RejectReason;
import dev.osprey.core.order.Rejection;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The gate every new order passes, checked by the caller before the engine queue and again by the engine.
 * Halting is one atomic write: it never waits for the engine, a venue or a lock, so the stop works even when
 * the engine thread is busy or a venue is hung.
 */
public final class OrderGate {

    /** Who stopped or re-armed trading, why, and when (epoch ms). */
    public record Change(TradingState state, String who, String why, long atMs) {
    }

    private final AtomicReference<Change> current =
            new AtomicReference<>(new Change(TradingState.ACTIVE, "system", "start", 0L));

    public void halt(String who, String why, long atMs) {
        current.set(new Change(TradingState.HALTED, who, why, atMs));
    }

    public void rearm(String who, String why, long atMs) {
        current.set(new Change(TradingState.ACTIVE, who, why, atMs));
    }

    public TradingState state() {
        return current.get().state();
    }

    public Change lastChange() {
        return current.get();
    }

    /** Empty when a new order may pass; otherwise the reason it may not. */
    public Optional<Rejection> checkNewOrder() {
        Change c = current.get();
        if (c.state() == TradingState.HALTED) {
            return Optional.of(new Rejection(RejectReason.HALTED, "stopped by " + c.who() + ": " + c.why()));
        }
        return Optional.empty();
    }
}
