package dev.osprey.xchange;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.knowm.xchange.kraken.dto.trade.KrakenOrder;
import org.knowm.xchange.kraken.dto.trade.KrakenOrderStatus;

/** How Kraken's order statuses read as ours: "closed" is a fill only when everything was executed. */
class KrakenReportsTest {

    private static KrakenOrder order(KrakenOrderStatus status, String vol, String executed) {
        return new KrakenOrder(null, "1", status, 0, 0, 0, null, new BigDecimal(vol), new BigDecimal(executed),
                BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, null, null, "", Set.of(), List.of(), 0, null);
    }

    @Test
    void whenKrakenClosesAnOrder_thenAllExecutedIsFilledAndLessIsExpired() {
        assertEquals(OrderReport.Status.FILLED, KrakenReports.status(order(KrakenOrderStatus.CLOSED, "1", "1")));
        assertEquals(OrderReport.Status.EXPIRED, KrakenReports.status(order(KrakenOrderStatus.CLOSED, "1", "0.4")));
    }

    @Test
    void whenKrakenReportsTheOtherStatuses_thenEachHasItsOwn() {
        assertEquals(OrderReport.Status.OPEN, KrakenReports.status(order(KrakenOrderStatus.PENDING, "1", "0")));
        assertEquals(OrderReport.Status.OPEN, KrakenReports.status(order(KrakenOrderStatus.OPEN, "1", "0.5")));
        assertEquals(OrderReport.Status.CANCELED, KrakenReports.status(order(KrakenOrderStatus.CANCELED, "1", "0")));
        assertEquals(OrderReport.Status.EXPIRED, KrakenReports.status(order(KrakenOrderStatus.EXPIRED, "1", "0")));
    }
}
