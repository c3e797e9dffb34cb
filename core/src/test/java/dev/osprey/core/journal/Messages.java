package dev.osprey.core.journal;

import dev.osprey.core.engine.Command;
import dev.osprey.core.engine.EngineMessage;
import dev.osprey.core.order.OrderRequest;
import dev.osprey.core.order.OrderType;
import dev.osprey.core.order.Side;
import dev.osprey.core.venue.OrderAccepted;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.LongStream;

/** Small engine messages for journal tests. */
public final class Messages {
    private Messages() {
    }

    public static OrderRequest limitBuy(String clientOrderId) {
        return new OrderRequest(clientOrderId, "BTCUSDT", Side.BUY, OrderType.LIMIT, new BigDecimal("0.00100000"),
                new BigDecimal("60000.10"));
    }

    public static EngineMessage placeOrder(String clientOrderId) {
        return new Command.PlaceOrder(limitBuy(clientOrderId));
    }

    public static EngineMessage accepted(String clientOrderId) {
        return new EngineMessage.VenueUpdate("paper", new OrderAccepted(clientOrderId, "v-" + clientOrderId, 1L));
    }

    /** from..to as boxed longs, to compare with acknowledged sequences. */
    public static List<Long> sequences(long from, long to) {
        return LongStream.rangeClosed(from, to).boxed().toList();
    }

    public static JournalEntry intent(int i) {
        return new JournalEntry(1_000L + i, placeOrder("c" + i));
    }
}
