package dev.osprey.app.ui.blotter;

import dev.osprey.core.order.Order;
import dev.osprey.core.order.OrderRequest;
import dev.osprey.core.order.OrderStatus;
import dev.osprey.core.order.OrderType;
import dev.osprey.core.order.Side;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class BlotterFilterTest {
    private static Order order(String id, String symbol, Side side, OrderStatus status, String reason) {
        Order o = Order.submitted(new OrderRequest(id, symbol, side, OrderType.LIMIT, BigDecimal.ONE,
                BigDecimal.TEN), 1);
        return status == OrderStatus.SUBMITTED ? o : o.withStatus(status, reason, 2);
    }

    private final Order workingBtc = order("w-btc", "BTCUSDT", Side.BUY, OrderStatus.ACCEPTED, "");
    private final Order rejectedEth = order("r-eth", "ETHUSDT", Side.SELL, OrderStatus.REJECTED,
            "Fat finger: price too far from the mid");
    private final Order canceledBtc = order("c-btc", "BTCUSDT", Side.SELL, OrderStatus.CANCELED, "cancel all");
    private final List<Order> all = List.of(workingBtc, rejectedEth, canceledBtc);

    @Test
    void whenWorkingOrDoneChosen_thenOnlyThoseOrdersShow() {
        assertEquals(List.of(workingBtc), new BlotterFilter(BlotterFilter.Scope.WORKING, null, "").apply(all));
        assertEquals(List.of(rejectedEth, canceledBtc),
                new BlotterFilter(BlotterFilter.Scope.DONE, null, "").apply(all));
        assertEquals(all, BlotterFilter.ALL.apply(all));
    }

    @Test
    void whenASymbolIsChosen_thenOtherSymbolsAreHidden() {
        assertEquals(List.of(workingBtc, canceledBtc),
                new BlotterFilter(BlotterFilter.Scope.ALL, "BTCUSDT", "").apply(all));
        assertEquals(List.of(canceledBtc), new BlotterFilter(BlotterFilter.Scope.DONE, "BTCUSDT", "").apply(all));
    }

    @Test
    void whenSearching_thenEveryWordMustMatchIdSideStatusOrReason() {
        assertEquals(List.of(rejectedEth), new BlotterFilter(BlotterFilter.Scope.ALL, null, "FAT finger").apply(all));
        assertEquals(List.of(canceledBtc), new BlotterFilter(BlotterFilter.Scope.ALL, null, "sell btc").apply(all));
        assertEquals(List.of(), new BlotterFilter(BlotterFilter.Scope.WORKING, null, "rejected").apply(all));
    }
}
