package dev.osprey.app.backtest;

import dev.osprey.core.strategy.Candle;

import java.util.List;

/** The MA cross on one candle series twice, the plain backtest and the paper path, and how they compare. */
public record Rehearsal(int candles, List<CandleGaps.Gap> gaps, RehearsalRun backtest, RehearsalRun paper,
                        RehearsalComparison comparison) {

    public static Rehearsal run(List<Candle> candles, RehearsalSettings settings) {
        RehearsalRun backtest = CandleBacktest.run(candles, settings);
        RehearsalRun paper = PaperPathRehearsal.run(candles, settings);
        return new Rehearsal(candles.size(), CandleGaps.find(candles), backtest, paper,
                RehearsalComparison.of(backtest, paper));
    }
}
