package dev.osprey.core.engine;

import dev.osprey.core.breaker.BreakerEvent;
import dev.osprey.core.gate.OrderGate;
import dev.osprey.core.order.BracketSpec;
import dev.osprey.core.order.Fill;
import dev.osprey.core.order.Order;
import dev.osprey.core.venue.Balance;

import java.util.List;

/**
 * What the engine records of its own work, for the journal: each change to an order, each fill booked to the
 * portfolio (fee already in the quote asset), each balance the venue reported, each bracket opened. Restoring
 * these in order rebuilds orders, positions and balances without deciding anything again: no risk check, no
 * trigger and no venue call runs on replay, so the result is the state the engine had, not what it would decide now.
 * Never posted to the engine queue.
 */
public sealed interface Recorded extends EngineMessage {

    /**
     * Everything one engine message changed, as one journal entry: durable all together or not at all, so a crash
     * can never keep an order's fill without the position it moved (or the other way round).
     */
    record Changes(List<Recorded> changes) implements Recorded {
        public Changes {
            changes = List.copyOf(changes);
        }
    }

    /** An order after a change (new, or moved by the engine or the venue). */
    record OrderRecorded(Order order) implements Recorded {
    }

    /** A fill as booked to the portfolio, fee in the quote asset. */
    record FillRecorded(Fill fill) implements Recorded {
    }

    /** Balances as the venue reported them; they replace ours asset by asset. */
    record BalancesRecorded(List<Balance> balances) implements Recorded {
        public BalancesRecorded {
            balances = List.copyOf(balances);
        }
    }

    /** A bracket's entry went out; its protective legs follow from this spec once the entry is done. */
    record BracketOpened(String groupId, BracketSpec spec) implements Recorded {
    }

    /** The emergency stop closed the order gate, or a trader re-armed it: a restart keeps a halted desk halted. */
    record GateChanged(OrderGate.Change change) implements Recorded {
    }

    /** A circuit-breaker transition, for the audit trail (trip, half-open, close, reset). */
    record BreakerChanged(BreakerEvent event) implements Recorded {
    }

    /** The order went to the venue after its intent was durable (the audit's SUBMISSION). */
    record OrderSent(String venue, String clientOrderId) implements Recorded {
    }
}
