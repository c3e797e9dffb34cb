package dev.osprey.core.engine;

import dev.osprey.core.order.OrderRequest;

/** What the UI, the CLI or a strategy asks the engine to do. */
public sealed interface Command extends EngineMessage {

    record PlaceOrder(OrderRequest request) implements Command {
    }

    record CancelOrder(String symbol, String clientOrderId) implements Command {
    }

    /** Cancels every working order of one symbol, or of all symbols when {@code symbol} is null. */
    record CancelAll(String symbol) implements Command {
    }

    /** The engine's part of the emergency stop: refuse what is queued, cancel what is working. */
    record Halt(String who, String why) implements Command {
    }

    record Rearm(String who, String why) implements Command {
    }
}
