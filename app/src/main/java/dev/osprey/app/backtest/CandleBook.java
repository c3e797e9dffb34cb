package dev.osprey.app.backtest;

import dev.osprey.core.instrument.Instrument;
import dev.osprey.core.market.BookSnapshot;
import dev.osprey.core.market.Level;
import dev.osprey.core.market.Scaled;
import dev.osprey.core.strategy.Candle;

import java.util.List;

/**
 * A book made from a candle's open, so the real paper matcher can fill against it: one ask at the open and one bid
 * a tick below, each deep enough that no order of ours walks past it. A market buy so fills at the open exactly
 * and a market sell one tick under it; that tick is the paper path's only price difference from the backtest.
 */
final class CandleBook {
    /** A million of the base asset per side: far beyond any rehearsal order, so fills never slip a level. */
    private static final long DEPTH = 1_000_000L * Scaled.ONE;

    private CandleBook() {
    }

    static BookSnapshot atOpen(Candle c, Instrument ins, long updateId) {
        long ask = Scaled.of(c.open());
        long bid = ask - Scaled.of(ins.tickSize());
        return new BookSnapshot(c.symbol(), updateId, List.of(new Level(bid, DEPTH)), List.of(new Level(ask, DEPTH)),
                c.openTimeMs());
    }
}
