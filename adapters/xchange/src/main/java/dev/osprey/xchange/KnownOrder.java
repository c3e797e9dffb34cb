package dev.osprey.xchange;

import dev.osprey.core.order.Side;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;
import org.knowm.xchange.currency.CurrencyPair;

/**
 * What we have told the engine about one order, so that every poll can report the same thing without it being
 * passed on twice. Venue thread only.
 */
final class KnownOrder {
    final String clientOrderId;
    final String symbol;
    final CurrencyPair pair;
    final Side side;
    final BigDecimal qty;
    final String quoteAsset;
    String venueOrderId;
    boolean accepted;
    boolean finished;
    /** The quantity of the fills passed on. */
    BigDecimal filled = BigDecimal.ZERO;
    final Set<String> tradeIds = new HashSet<>();
    /** The place call failed in a way that leaves its outcome open (5xx, timeout): settled by asking. */
    boolean outcomeUnknown;
    int unanswered;

    KnownOrder(String clientOrderId, String symbol, CurrencyPair pair, Side side, BigDecimal qty) {
        this.clientOrderId = clientOrderId;
        this.symbol = symbol;
        this.pair = pair;
        this.side = side;
        this.qty = qty;
        this.quoteAsset = pair.getCounter().getCurrencyCode();
    }

    boolean working() {
        return !finished;
    }

    @Override
    public String toString() {
        return clientOrderId + " " + symbol + " filled " + filled + "/" + qty + (finished ? " finished" : "")
                + (outcomeUnknown ? " outcome unknown" : "");
    }
}
