package dev.osprey.core.strategy;

import dev.osprey.core.instrument.Instrument;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Hourly synthetic candles whose closes the test chooses; open = high = low = close keeps them readable. */
final class Candles {
    static final long HOUR = 3_600_000L;
    static final long T0 = 1_704_067_200_000L;
    static final Instrument BTC = new Instrument("BTCUSDT", "BTC", "USDT", new BigDecimal("0.01"),
            new BigDecimal("0.00001"), new BigDecimal("0.00001"), new BigDecimal("9000"), new BigDecimal("5"));

    private Candles() {
    }

    static Candle at(int hour, String close) {
        BigDecimal c = new BigDecimal(close);
        long open = T0 + hour * HOUR;
        return new Candle("BTCUSDT", open, open + HOUR - 1, c, c, c, c, BigDecimal.ONE);
    }

    /** One candle per hour from hour 0, closing at the given prices. */
    static List<Candle> series(String... closes) {
        List<Candle> out = new ArrayList<>();
        for (int i = 0; i < closes.length; i++) {
            out.add(at(i, closes[i]));
        }
        return out;
    }
}
