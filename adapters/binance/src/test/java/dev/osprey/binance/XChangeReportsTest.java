package dev.osprey.binance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.osprey.binance.fake.Payloads;
import dev.osprey.core.market.Scaled;
import dev.osprey.core.order.Liquidity;
import dev.osprey.core.order.OrderStatus;
import dev.osprey.core.venue.Balance;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.knowm.xchange.binance.dto.account.BinanceAccountInformation;
import org.knowm.xchange.binance.dto.marketdata.BinanceOrderbook;
import org.knowm.xchange.binance.dto.trade.BinanceCancelledOrder;
import org.knowm.xchange.binance.dto.trade.BinanceNewOrder;
import org.knowm.xchange.binance.dto.trade.BinanceOrder;
import org.knowm.xchange.binance.dto.trade.BinanceTrade;
import si.mazi.rescu.serialization.jackson.DefaultJacksonObjectMapperFactory;

/** Binance's documented payloads, read by XChange's DTOs as rescu reads them, then into ours. */
class XChangeReportsTest {
    private static final ObjectMapper RESCU = new DefaultJacksonObjectMapperFactory().createObjectMapper();

    private static <T> T read(JsonNode json, Class<T> type) throws Exception {
        return RESCU.readValue(json.toString(), type);
    }

    @Test
    void whenAFullOrderAnswerIsRead_thenItsFillsAreTakerTradesAndTheQuoteTotalComesFromThem() throws Exception {
        // Arrange
        BinanceNewOrder o = read(Payloads.load("order-full.json"), BinanceNewOrder.class);
        // Act
        OrderReport r = XChangeReports.fromNewOrder(o);
        List<VenueTrade> fills = XChangeReports.fills(o);
        // Assert
        assertEquals("6gCrw2kRUAF9CvJDGP16IP", r.clientOrderId());
        assertEquals("28", r.venueOrderId());
        assertEquals(OrderStatus.FILLED, r.status());
        assertEquals(0, new BigDecimal("4000").compareTo(r.cumulativeQuote()));
        assertEquals(List.of(new VenueTrade("56", new BigDecimal("4000.00000000"), new BigDecimal("1.00000000"),
                new BigDecimal("4.00000000"), "USDT", Liquidity.TAKER, 1507725176595L)), fills);
    }

    @Test
    void whenACancelAnswerIsRead_thenOurOrderIsTheOriginalIdAndTheTimeIsWhenItArrived() throws Exception {
        // Arrange
        BinanceCancelledOrder c = read(Payloads.load("order-cancel.json"), BinanceCancelledOrder.class);
        // Act
        OrderReport r = XChangeReports.fromCancelled(c, 42L);
        // Assert
        assertEquals("myOrder1", r.clientOrderId());
        assertEquals(OrderStatus.CANCELED, r.status());
        assertEquals(42L, r.timeMs());
    }

    @Test
    void whenACancelAllAnswerHasAnOrderListSummary_thenOnlyItsLegsCount() throws Exception {
        // Arrange
        ObjectNode summary = Payloads.JSON.createObjectNode().put("orderListId", 1929).put("contingencyType", "OCO")
                .put("listClientOrderId", "list1").put("symbol", "LTCBTC");
        summary.putArray("orders").addObject().put("symbol", "LTCBTC").put("orderId", 4).put("clientOrderId", "a");
        // Act
        boolean skipped = XChangeReports.isOrderListSummary(read(summary, BinanceCancelledOrder.class));
        boolean legSkipped = XChangeReports.isOrderListSummary(read(Payloads.load("order-cancel.json"),
                BinanceCancelledOrder.class));
        // Assert
        assertTrue(skipped);
        assertFalse(legSkipped);
    }

    @Test
    void whenAQueryAndATradeAreRead_thenStatusTimesAndLiquidityAreBinances() throws Exception {
        // Arrange
        BinanceOrder o = read(Payloads.load("order-query.json"), BinanceOrder.class);
        BinanceTrade t = read(Payloads.load("my-trade.json"), BinanceTrade.class);
        // Act
        OrderReport r = XChangeReports.fromOrder(o);
        VenueTrade trade = XChangeReports.fromMyTrade(t);
        // Assert
        assertEquals(OrderStatus.ACCEPTED, r.status());
        assertEquals("GTC", r.timeInForce());
        assertEquals(1499827319559L, r.timeMs());
        assertEquals(new VenueTrade("28457", new BigDecimal("4.00000100"), new BigDecimal("12.00000000"),
                new BigDecimal("10.10000000"), "BNB", Liquidity.TAKER, 1499865549590L), trade);
    }

    @Test
    void whenTheAccountIsRead_thenZeroBalancesAreLeftOut() throws Exception {
        // Arrange
        ObjectNode account = Payloads.load("account.json");
        account.withArray("balances").addObject().put("asset", "LTC").put("free", "0.00000000")
                .put("locked", "0.00000000");
        // Act
        List<Balance> balances = XChangeReports.balances(read(account, BinanceAccountInformation.class));
        // Assert
        assertEquals(List.of(new Balance("BTC", new BigDecimal("4723846.89208129"), new BigDecimal("0.00000000"))),
                balances);
    }

    @Test
    void whenADepthSnapshotIsRead_thenEveryLevelIsScaledAndTheUpdateIdKept() throws Exception {
        // Arrange
        JsonNode json = Payloads.parse("{\"lastUpdateId\":1027024,\"bids\":[[\"4.00000000\",\"431.00000000\"]],"
                + "\"asks\":[[\"4.00000200\",\"12.00000000\"],[\"4.00000300\",\"0.5\"]]}");
        // Act
        DepthUpdate d = XChangeReports.snapshot("BNBBTC", read(json, BinanceOrderbook.class), 7L);
        // Assert
        assertEquals(1027024L, d.lastUpdateId);
        assertEquals(List.of(Scaled.parse("4")), List.of(d.bidPrices[0]));
        assertEquals(List.of(Scaled.parse("4.000002"), Scaled.parse("4.000003")), List.of(d.askPrices[0],
                d.askPrices[1]));
        assertEquals(Scaled.parse("0.5"), d.askQtys[1]);
    }
}
