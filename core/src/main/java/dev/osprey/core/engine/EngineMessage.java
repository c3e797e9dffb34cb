package dev.osprey.core.engine;

import dev.osprey.core.market.MarketEvent;
import dev.osprey.core.order.OrderRequest;
import dev.osprey.core.order.OrderStatus;
import dev.osprey.core.venue.AccountEvent;
import dev.osprey.core.venue.VenueState;

import java.math.BigDecimal;
import java.util.List;

/** Everything that enters the engine queue. Immutable; applied one at a time on the engine thread. */
public sealed interface EngineMessage permits Command, Recorded, EngineMessage.MarketData, EngineMessage.VenueUpdate,
        EngineMessage.StartupState, EngineMessage.IntentDurable, EngineMessage.IntentNotDurable,
        EngineMessage.Reconciled {

    record MarketData(MarketEvent event) implements EngineMessage {
    }

    record VenueUpdate(String venue, AccountEvent event) implements EngineMessage {
    }

    /** The venue's open orders and balances, fetched off the engine thread at start-up. */
    record StartupState(String venue, VenueState state) implements EngineMessage {
    }

    /** The journal has made this order's intent durable: the engine may now send it (journal before send). */
    record IntentDurable(OrderRequest request) implements EngineMessage {
    }

    /** The journal could not make this order's intent durable: it is rejected, never sent. */
    record IntentNotDurable(OrderRequest request, String why) implements EngineMessage {
    }

    /**
     * What reconciliation found the venue did with one order that we did not hear of (fills, an accept, an end), as
     * venue events. Applied only if the order is still as reconciliation saw it ({@code filledQty} and
     * {@code status}): if the account stream brought the news meanwhile, nothing is applied twice.
     */
    record Reconciled(String venue, String clientOrderId, BigDecimal filledQty,
                      OrderStatus status, List<AccountEvent> events)
            implements EngineMessage {
        public Reconciled {
            events = List.copyOf(events);
        }
    }
}
