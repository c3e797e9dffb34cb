package dev.osprey.core.engine;

import dev.osprey.core.mode.TradingMode;
import dev.osprey.core.mode.ValidationReport;
import dev.osprey.core.order.BracketSpec;
import dev.osprey.core.order.OrderRequest;

import java.math.BigDecimal;

/** What the UI, the CLI or a strategy asks the engine to do. */
public sealed interface Command extends EngineMessage {

    record PlaceOrder(OrderRequest request) implements Command {
    }

    record CancelOrder(String symbol, String clientOrderId) implements Command {
    }

    /**
     * A new price and/or total quantity for a working order (null keeps the current one). Orders held by the
     * engine change in place; orders at the venue are cancelled and replaced under {@code replacementId}.
     */
    record Amend(String clientOrderId, BigDecimal newQty, BigDecimal newPrice, String replacementId)
            implements Command {
    }

    /** Entry plus protective legs created as the entry fills: a stop-loss and a take-profit, one cancels the other. */
    record PlaceBracket(OrderRequest entry, BracketSpec bracket) implements Command {
    }

    /** Two orders on the same symbol: when either fills, the other is cancelled. */
    record PlaceOco(OrderRequest first, OrderRequest second) implements Command {
    }

    /** Cancels every working order of one symbol, or of all symbols when {@code symbol} is null. */
    record CancelAll(String symbol) implements Command {
    }

    /** The engine's part of the emergency stop: refuse what is queued, cancel what is working. */
    record Halt(String who, String why) implements Command {
    }

    record Rearm(String who, String why) implements Command {
    }

    /** Closes every open position with reduce-only market orders; passes a halted gate (it only reduces). */
    record FlattenAll(String who, String why) implements Command {
    }

    /**
     * Asks for another trading mode. Going live needs a passing {@code report} over the paper record (null when the
     * target needs none); the engine's mode switch decides, and the new mode's limits apply from the next order.
     */
    record SwitchMode(TradingMode target, ValidationReport report, String who, String why) implements Command {
    }
}
