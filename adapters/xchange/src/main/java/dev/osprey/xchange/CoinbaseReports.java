package dev.osprey.xchange;

import dev.osprey.core.order.Side;
import dev.osprey.xchange.OrderReport.Status;
import java.time.Instant;
import java.util.List;
import org.knowm.xchange.coinbasepro.dto.trade.CoinbaseProOrder;
import org.knowm.xchange.currency.CurrencyPair;

/** A Coinbase order (GET /orders, /orders/{id}) as our report, as a pure function. */
final class CoinbaseReports {
    private CoinbaseReports() {
    }

    /** {@code clientOid} is passed when known: XChange 5.2.0's order DTO does not read Coinbase's client_oid. */
    static OrderReport of(CoinbaseProOrder o, String clientOid) {
        CurrencyPair pair = o.getProductId() == null ? null : new CurrencyPair(o.getProductId().replace('-', '/'));
        Side side = "sell".equals(o.getSide()) ? Side.SELL : Side.BUY;
        String when = o.getDoneAt() != null ? o.getDoneAt() : o.getCreatedAt();
        long time = when == null ? 0 : Instant.parse(when).toEpochMilli();
        return new OrderReport(o.getId(), clientOid, pair, side, o.getSize(), o.getPrice(), o.getFilledSize(),
                status(o), o.getDoneReason(), time, List.of());
    }

    /** An order Coinbase no longer knows: it keeps no record of one cancelled before anything filled. */
    static OrderReport forgotten(String venueOrderId) {
        return new OrderReport(venueOrderId, null, null, null, null, null, null, Status.CANCELED,
                "canceled (Coinbase keeps no record of an order cancelled unfilled)", 0, List.of());
    }

    static Status status(CoinbaseProOrder o) {
        String s = o.getStatus() == null ? "" : o.getStatus();
        return switch (s) {
            case "done" -> "filled".equals(o.getDoneReason()) ? Status.FILLED
                    : o.getFilledSize() != null && o.getSize() != null && o.getFilledSize().compareTo(o.getSize()) >= 0
                    ? Status.FILLED : "canceled".equals(o.getDoneReason()) ? Status.CANCELED : Status.EXPIRED;
            case "rejected" -> Status.REJECTED;
            default -> Status.OPEN;
        };
    }
}
