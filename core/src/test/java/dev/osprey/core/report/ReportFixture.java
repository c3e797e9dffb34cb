package dev.osprey.core.report;

import dev.osprey.core.instrument.Instrument;
import dev.osprey.core.order.Fill;
import dev.osprey.core.order.Liquidity;
import dev.osprey.core.order.Side;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A fixed set of fills over two days (Thu 2024-08-08 and Fri 2024-08-09, UTC), 10 bps fees in USDT, on an account
 * that starts with 10,000 USDT. The expected figures in the tests are worked out by hand from these lines.
 */
final class ReportFixture {
    static final BigDecimal CASH = new BigDecimal("10000");
    static final Map<String, Instrument> INSTRUMENTS = Map.of(
            "BTCUSDT", new Instrument("BTCUSDT", "BTC", "USDT", new BigDecimal("0.01"), new BigDecimal("0.00001"),
                    new BigDecimal("0.00001"), new BigDecimal("9000"), new BigDecimal("5")),
            "ETHUSDT", new Instrument("ETHUSDT", "ETH", "USDT", new BigDecimal("0.01"), new BigDecimal("0.0001"),
                    new BigDecimal("0.0001"), new BigDecimal("9000"), new BigDecimal("5")));

    static final List<Fill> FILLS = List.of(
            fill("b1", "2024-08-08T10:00:00Z", "BTCUSDT", Side.BUY, "60000", "0.1", "6"),
            fill("s1", "2024-08-08T11:00:00Z", "BTCUSDT", Side.SELL, "61000", "0.1", "6.1"),
            fill("b2", "2024-08-08T12:00:00Z", "ETHUSDT", Side.BUY, "2500", "1", "2.5"),
            fill("s2", "2024-08-08T13:00:00Z", "ETHUSDT", Side.SELL, "2450", "1", "2.45"),
            fill("b3", "2024-08-08T20:00:00Z", "BTCUSDT", Side.BUY, "61500", "0.05", "3.075"),
            fill("s3", "2024-08-09T09:00:00Z", "BTCUSDT", Side.SELL, "62000", "0.05", "3.1"));

    private ReportFixture() {
    }

    static Fill fill(String order, String time, String symbol, Side side, String price, String qty, String fee) {
        return new Fill(order, "v-" + order, "t-" + order, symbol, side, new BigDecimal(price), new BigDecimal(qty),
                new BigDecimal(fee), "USDT", Liquidity.TAKER, Instant.parse(time).toEpochMilli());
    }
}
