package dev.osprey.app.backtest;

import dev.osprey.core.instrument.Instrument;
import dev.osprey.core.mode.ClosedTrade;
import dev.osprey.core.mode.EquityPoint;
import dev.osprey.core.mode.TradeRecord;
import dev.osprey.core.order.Side;
import dev.osprey.core.strategy.OrderIntent;
import dev.osprey.core.strategy.StrategyContext;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/**
 * The plain backtest's account: one symbol, long only, every order filled whole at the price given, the fee taken
 * exactly (no venue rounding). Kept apart from the engine's books on purpose, so the paper path has an independent
 * figure to agree with.
 */
final class BacktestBook implements StrategyContext {
    private static final BigDecimal BPS = BigDecimal.valueOf(10_000);

    private final Instrument instrument;
    private final BigDecimal feeBps;
    private final List<ClosedTrade> trades = new ArrayList<>();
    private final List<EquityPoint> equity = new ArrayList<>();
    private BigDecimal cash;
    private BigDecimal held = BigDecimal.ZERO;
    private BigDecimal fees = BigDecimal.ZERO;
    private long entryMs;
    private BigDecimal entryCost = BigDecimal.ZERO;
    private BigDecimal entryFees = BigDecimal.ZERO;
    private int errors;
    private int orders;

    BacktestBook(Instrument instrument, BigDecimal capital, BigDecimal feeBps) {
        this.instrument = instrument;
        this.cash = capital;
        this.feeBps = feeBps;
    }

    /** Fills a market intent at {@code price}; one the account cannot cover is refused, as a venue would. */
    void fill(OrderIntent o, BigDecimal price, long timeMs) {
        orders++;
        BigDecimal notional = o.qty().multiply(price);
        BigDecimal fee = notional.multiply(feeBps).divide(BPS, MathContext.DECIMAL64);
        fees = fees.add(fee);
        if (o.side() == Side.BUY) {
            if (notional.add(fee).compareTo(cash) > 0) {
                errors++;
                fees = fees.subtract(fee);
                return;
            }
            if (held.signum() == 0) {
                entryMs = timeMs;
            }
            cash = cash.subtract(notional).subtract(fee);
            held = held.add(o.qty());
            entryCost = entryCost.add(notional);
            entryFees = entryFees.add(fee);
            return;
        }
        if (o.qty().compareTo(held) > 0) {
            errors++;
            fees = fees.subtract(fee);
            return;
        }
        BigDecimal bought = held;
        cash = cash.add(notional).subtract(fee);
        held = held.subtract(o.qty());
        if (held.signum() == 0) {
            trades.add(new ClosedTrade(instrument.symbol(), entryMs, timeMs, bought,
                    entryCost.divide(bought, MathContext.DECIMAL64), price, notional.subtract(entryCost),
                    entryFees.add(fee)));
            entryCost = BigDecimal.ZERO;
            entryFees = BigDecimal.ZERO;
        }
    }

    void mark(BigDecimal close, long timeMs) {
        equity.add(new EquityPoint(timeMs, equityAt(close)));
    }

    BigDecimal equityAt(BigDecimal price) {
        return cash.add(held.multiply(price));
    }

    BigDecimal fees() {
        return fees;
    }

    int orders() {
        return orders;
    }

    TradeRecord record() {
        return new TradeRecord(trades, equity, errors);
    }

    @Override
    public BigDecimal cash() {
        return cash;
    }

    @Override
    public BigDecimal position(String symbol) {
        return held;
    }

    /** Orders fill at the next open, before the strategy is asked again: nothing is ever left working. */
    @Override
    public boolean hasWorkingOrders() {
        return false;
    }

    @Override
    public Instrument instrument(String symbol) {
        return instrument;
    }
}
