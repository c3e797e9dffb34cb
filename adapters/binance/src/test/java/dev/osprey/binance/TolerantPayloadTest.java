package dev.osprey.binance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.osprey.binance.fake.Payloads;
import dev.osprey.core.instrument.Instrument;
import dev.osprey.core.market.TradePrint;
import dev.osprey.core.order.OrderStatus;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Binance adds fields and leaves optional ones out; we must read both, and refuse only what we cannot do without. */
class TolerantPayloadTest {

    @Test
    void whenAnOrderAnswerHasExtraAndMissingOptionalFields_thenItIsStillRead() {
        // Arrange
        ObjectNode o = Payloads.load("order-query.json");
        o.put("someFieldBinanceAddsNextYear", "x").putObject("nested").put("a", 1);
        o.remove("cummulativeQuoteQty");
        o.remove("updateTime");
        o.remove("timeInForce");
        // Act
        OrderReport r = OrderReports.fromRest(o);
        // Assert
        assertEquals("myOrder1", r.clientOrderId());
        assertEquals(OrderStatus.ACCEPTED, r.status());
        assertEquals(BigDecimal.ZERO, r.cumulativeQuote());
        assertNull(r.timeInForce());
        assertEquals(1499827319559L, r.timeMs());
    }

    @Test
    void whenAnOrderAnswerLacksItsStatus_thenTheErrorNamesTheField() {
        // Arrange
        ObjectNode o = Payloads.load("order-query.json");
        o.remove("status");
        // Act
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> OrderReports.fromRest(o));
        // Assert
        assertTrue(e.getMessage().contains("'status'"), e.getMessage());
    }

    @Test
    void whenAnExecutionReportIsTheDocumentedExample_thenCommissionAssetNullIsTolerated() {
        // Arrange
        ObjectNode e = Payloads.load("execution-report.json");
        e.put("newField", true);
        // Act
        OrderReport r = OrderReports.fromExecutionReport(e);
        VenueTrade t = OrderReports.tradeOf(e);
        // Assert
        assertEquals("mUvoqJxFIILMdfAW5iGSOW", r.clientOrderId());
        assertEquals("", t.feeAsset());
    }

    @Test
    void whenACancelReportCarriesTheOriginalId_thenOurIdIsTaken() {
        // Arrange
        ObjectNode e = Payloads.load("execution-report.json");
        e.put("c", "cancel-request-7").put("C", "our-order-1").put("x", "CANCELED").put("X", "CANCELED");
        // Act
        OrderReport r = OrderReports.fromExecutionReport(e);
        // Assert
        assertEquals("our-order-1", r.clientOrderId());
        assertEquals(OrderStatus.CANCELED, r.status());
    }

    @Test
    void whenExchangeInfoIsTheRecordedOne_thenTheInstrumentAndAllRulesAreRead() {
        // Arrange
        JsonNode json = Payloads.load("exchange-info-btcusdt.json");
        // Act
        ExchangeInfo info = ExchangeInfo.parse(json);
        SymbolRules rules = info.symbols().get("BTCUSDT");
        Instrument ins = rules.toInstrument();
        // Assert
        assertEquals(new Instrument("BTCUSDT", "BTC", "USDT", new BigDecimal("0.01"), new BigDecimal("0.00001"),
                new BigDecimal("0.00001"), new BigDecimal("9000"), new BigDecimal("5")), ins);
        assertEquals(200, rules.maxNumOrders());
        assertEquals(0, new BigDecimal("0.2").compareTo(rules.percentPrice().bidMultiplierDown()));
        assertEquals(4, info.rateLimits().size());
    }

    @Test
    void whenASymbolHasOnlyTheOldMinNotionalFilter_thenItIsUsedAndMissingFiltersDefault() {
        // Arrange
        ObjectNode s = Payloads.JSON.createObjectNode().put("symbol", "OLDUSDT").put("baseAsset", "OLD")
                .put("quoteAsset", "USDT");
        s.putArray("filters").addObject().put("filterType", "MIN_NOTIONAL").put("minNotional", "10.0")
                .put("applyToMarket", true);
        // Act
        SymbolRules r = ExchangeInfo.symbol(s);
        // Assert
        assertEquals(0, new BigDecimal("10").compareTo(r.minNotional()));
        assertEquals(0, r.maxNumOrders());
        assertNull(r.percentPrice());
        assertTrue(r.trading());
    }

    @Test
    void whenAStreamMessageHasExtraFields_thenItDecodesAndWhenItLacksOne_thenItIsRefused() {
        // Arrange
        StreamDecoder decoder = new StreamDecoder();
        List<TradePrint> trades = new ArrayList<>();
        StreamDecoder.Sink sink = new StreamDecoder.Sink() {
            @Override
            public void onDepth(DepthUpdate diff) {
            }

            @Override
            public void onTrade(TradePrint trade) {
                trades.add(trade);
            }
        };
        String extra = "{\"stream\":\"btcusdt@trade\",\"extra\":[1,2],\"data\":{\"e\":\"trade\",\"E\":1,\"s\":\"BTCUSDT\","
                + "\"t\":7,\"p\":\"61000.01\",\"q\":\"0.5\",\"T\":1,\"m\":true,\"M\":true,\"X\":\"MARKET\",\"new\":{}}}";
        String missing = "{\"stream\":\"btcusdt@trade\",\"data\":{\"e\":\"trade\",\"E\":1,\"s\":\"BTCUSDT\",\"t\":8,"
                + "\"q\":\"0.5\",\"T\":1,\"m\":true}}";
        // Act
        decoder.decode(extra, sink);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> decoder.decode(missing, sink));
        // Assert
        assertEquals(1, trades.size());
        assertEquals(6_100_001_000_000L, trades.get(0).price());
        assertTrue(e.getMessage().contains("trade lacks"), e.getMessage());
    }
}
