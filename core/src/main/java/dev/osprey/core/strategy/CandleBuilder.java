package dev.osprey.core.strategy;

import dev.osprey.core.market.MarketEvent;
import dev.osprey.core.market.Scaled;
import dev.osprey.core.market.TradePrint;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Public trades into candles of a fixed length, one series per symbol, by trade time. A candle is closed by the first
 * trade of a later interval (a quiet interval makes no candle). A trade from an earlier interval (a looping replay
 * starting over) drops the candle in progress and starts again there.
 */
public final class CandleBuilder {
    private final long intervalMs;
    private final Map<String, Open> open = new HashMap<>();

    public CandleBuilder(long intervalMs) {
        if (intervalMs <= 0) {
            throw new IllegalArgumentException("candle interval must be > 0 ms, was " + intervalMs);
        }
        this.intervalMs = intervalMs;
    }

    /** The candle this event closed, if any; events other than trades are ignored. */
    public Optional<Candle> onEvent(MarketEvent event) {
        if (!(event instanceof TradePrint t)) {
            return Optional.empty();
        }
        long start = Math.floorDiv(t.tradeTimeMs(), intervalMs) * intervalMs;
        BigDecimal price = Scaled.toBigDecimal(t.price());
        BigDecimal qty = Scaled.toBigDecimal(t.qty());
        Open o = open.get(t.symbol());
        if (o != null && o.start == start) {
            o.add(price, qty);
            return Optional.empty();
        }
        open.put(t.symbol(), new Open(start, price, qty));
        return o == null || start < o.start ? Optional.empty()
                : Optional.of(new Candle(t.symbol(), o.start, o.start + intervalMs - 1, o.open, o.high, o.low, o.close,
                o.volume));
    }

    private static final class Open {
        final long start;
        final BigDecimal open;
        BigDecimal high;
        BigDecimal low;
        BigDecimal close;
        BigDecimal volume;

        Open(long start, BigDecimal price, BigDecimal qty) {
            this.start = start;
            this.open = price;
            this.high = price;
            this.low = price;
            this.close = price;
            this.volume = qty;
        }

        void add(BigDecimal price, BigDecimal qty) {
            high = high.max(price);
            low = low.min(price);
            close = price;
            volume = volume.add(qty);
        }
    }
}
