package dev.osprey.core.mode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Small fixed trading records whose metrics are worked out by hand in the tests. */
final class Records {
    static final long DAY = 86_400_000L;
    /** 2024-01-01 12:00 UTC. */
    static final long START = 1_704_110_400_000L;

    private Records() {
    }

    static ClosedTrade trade(String gross, String fees) {
        return new ClosedTrade("BTCUSDT", START, START + DAY, new BigDecimal("0.01"), new BigDecimal("40000"),
                new BigDecimal("40000"), new BigDecimal(gross), new BigDecimal(fees));
    }

    /** Net +100, -50, +30, -20, +40: 3 of 5 won, 170 won against 70 lost. */
    static List<ClosedTrade> fiveTrades() {
        return List.of(trade("102", "2"), trade("-48", "2"), trade("32", "2"), trade("-18", "2"),
                trade("42", "2"));
    }

    /** One point a day at noon from {@code startMs}: daily returns +2 %, -1 %, +3 %, 0 %. */
    static List<EquityPoint> fourDays(long startMs) {
        String[] values = {"1000", "1020", "1009.8", "1040.094", "1040.094"};
        List<EquityPoint> out = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            out.add(new EquityPoint(startMs + i * DAY, new BigDecimal(values[i])));
        }
        return out;
    }

    /** Passes the defaults once the duration and trade count are shortened to 4 days and 5 trades. */
    static TradeRecord passing(long startMs) {
        return new TradeRecord(fiveTrades(), fourDays(startMs), 0);
    }

    static ValidationCriteria rehearsal() {
        return ValidationCriteria.defaults().withMinDays(4).withMinTrades(5);
    }

    /**
     * Fails everything: 1 day, 1 win of 3 trades (net +10, -40, -40), equity 1000 -> 800 (20 % down), 2 errors.
     */
    static TradeRecord failing(long startMs) {
        List<ClosedTrade> trades = List.of(trade("11", "1"), trade("-39", "1"), trade("-39", "1"));
        List<EquityPoint> equity = List.of(new EquityPoint(startMs, new BigDecimal("1000")),
                new EquityPoint(startMs + DAY / 2, new BigDecimal("900")),
                new EquityPoint(startMs + DAY, new BigDecimal("800")));
        return new TradeRecord(trades, equity, 2);
    }
}
