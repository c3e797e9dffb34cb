package dev.osprey.xchange;

import dev.osprey.core.order.Side;
import java.math.BigDecimal;
import java.util.List;
import org.knowm.xchange.currency.CurrencyPair;

/**
 * A venue's record of one order as its Raw service gives it, in our terms. {@code clientRef} is what the venue
 * kept of our client order id (Kraken's userref, Coinbase's client_oid), null when it shows none;
 * {@code tradeIds} are the venue's fills of the order when it lists them (Kraken does, Coinbase does not).
 */
record OrderReport(String venueOrderId, String clientRef, CurrencyPair pair, Side side, BigDecimal qty,
                   BigDecimal price, BigDecimal executedQty, Status status, String reason, long timeMs,
                   List<String> tradeIds) {

    enum Status {
        OPEN, FILLED, CANCELED, EXPIRED, REJECTED;

        boolean working() {
            return this == OPEN;
        }
    }

    OrderReport {
        executedQty = executedQty == null ? BigDecimal.ZERO : executedQty;
        reason = reason == null ? "" : reason;
        tradeIds = tradeIds == null ? List.of() : List.copyOf(tradeIds);
    }
}
