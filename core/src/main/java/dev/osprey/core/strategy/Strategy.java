package dev.osprey.core.strategy;

import java.util.List;

/**
 * A trading rule run by the {@link StrategyExecutor}: each closed candle in, zero or more order intents out. It
 * never talks to a venue; what it returns goes the way a manual order goes.
 */
public interface Strategy {

    /** What the trader sees in the strategy list, e.g. "MA cross 20/50 BTCUSDT". */
    String description();

    List<OrderIntent> onCandle(Candle candle, StrategyContext context);
}
