package dev.osprey.app.backtest;

import dev.osprey.core.mode.ValidationReport;
import dev.osprey.core.strategy.Candle;
import dev.osprey.core.strategy.MovingAverageCross;
import dev.osprey.core.strategy.OrderIntent;
import dev.osprey.core.strategy.Strategy;

import java.util.List;

/**
 * The plain backtest: the strategy decides at each candle's close, and what it asks for fills whole at the next
 * candle's open, with the fee in bps. No engine, no risk, no venue. A missing candle (an exchange halt) just means
 * the fill waits for the next candle there is. The last candle's signals have no next open and are dropped.
 */
public final class CandleBacktest {
    static final String PATH = "backtest";

    private CandleBacktest() {
    }

    public static RehearsalRun run(List<Candle> candles, RehearsalSettings s) {
        if (candles.isEmpty()) {
            throw new IllegalArgumentException("no candles to backtest");
        }
        long start = System.nanoTime();
        Strategy strategy = new MovingAverageCross(s.strategy());
        BacktestBook book = new BacktestBook(s.instrument(), s.capital(), s.feeBps());
        List<OrderIntent> pending = List.of();
        for (int i = 0; i < candles.size(); i++) {
            Candle c = candles.get(i);
            for (OrderIntent o : pending) {
                book.fill(o, c.open(), c.openTimeMs());
            }
            book.mark(c.close(), c.closeTimeMs());
            pending = i == candles.size() - 1 ? List.of() : strategy.onCandle(c, book);
        }
        ValidationReport report = ValidationReport.evaluate(book.record(), s.criteria());
        Candle last = candles.get(candles.size() - 1);
        return new RehearsalRun(PATH, book.record(), report, book.fees(), book.equityAt(last.close()),
                book.orders(), null, (System.nanoTime() - start) / 1_000_000);
    }
}
