package dev.osprey.xchange;

import dev.osprey.core.order.Side;
import dev.osprey.xchange.OrderReport.Status;
import java.math.BigDecimal;
import org.knowm.xchange.currency.CurrencyPair;
import org.knowm.xchange.kraken.KrakenUtils;
import org.knowm.xchange.kraken.dto.trade.KrakenOrder;
import org.knowm.xchange.kraken.dto.trade.KrakenOrderDescription;
import org.knowm.xchange.kraken.dto.trade.KrakenType;

/** A Kraken order (OpenOrders, ClosedOrders, QueryOrders) as our report, as a pure function. */
final class KrakenReports {
    private KrakenReports() {
    }

    static OrderReport of(String txid, KrakenOrder o) {
        KrakenOrderDescription d = o.getOrderDescription();
        CurrencyPair pair = d == null || d.getAssetPair() == null ? null
                : KrakenUtils.translateKrakenCurrencyPair(d.getAssetPair());
        Side side = d != null && d.getType() == KrakenType.SELL ? Side.SELL : Side.BUY;
        BigDecimal price = d == null ? null : d.getPrice();
        long time = KrakenAccount.seconds(o.getCloseTimestamp() > 0 ? o.getCloseTimestamp() : o.getOpenTimestamp());
        return new OrderReport(txid, o.getUserRefId(), pair, side, o.getVolume(), price, o.getVolumeExecuted(),
                status(o), o.getCloseReason(), time, o.getTradeIds());
    }

    /**
     * Kraken closes an order when it is done trading: "closed" with everything executed is a fill; "closed" with
     * less (an IOC or market remainder) ended by Kraken's rules, as an expiry.
     */
    static Status status(KrakenOrder o) {
        if (o.getStatus() == null) {
            return Status.OPEN;
        }
        return switch (o.getStatus()) {
            case PENDING, OPEN -> Status.OPEN;
            case CANCELED -> Status.CANCELED;
            case EXPIRED -> Status.EXPIRED;
            case CLOSED -> o.getVolumeExecuted() != null && o.getVolume() != null
                    && o.getVolumeExecuted().compareTo(o.getVolume()) < 0 ? Status.EXPIRED : Status.FILLED;
        };
    }
}
