package dev.osprey.core.strategy;

import dev.osprey.core.instrument.Instrument;
import dev.osprey.core.order.Side;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Long-only spot, all in or all out: buys with a fraction of its cash when the fast average crosses above the slow
 * one, sells everything it holds when it crosses back below. It acts on crosses only, not on which average is
 * above: the first comparison after warm-up sets the baseline, and a cross seen while an order of its own is still
 * working is passed over rather than queued behind it.
 */
public final class MovingAverageCross implements Strategy {
    private final MaCrossConfig config;
    private final MovingAverage fast;
    private final MovingAverage slow;
    /** Whether fast was above slow at the last candle; null during warm-up. */
    private Boolean fastAbove;

    public MovingAverageCross(MaCrossConfig config) {
        this.config = config;
        this.fast = new MovingAverage(config.fastPeriod());
        this.slow = new MovingAverage(config.slowPeriod());
    }

    @Override
    public String description() {
        return "MA cross " + config.fastPeriod() + "/" + config.slowPeriod() + " " + config.symbol();
    }

    @Override
    public List<OrderIntent> onCandle(Candle candle, StrategyContext ctx) {
        if (!candle.symbol().equals(config.symbol())) {
            return List.of();
        }
        fast.add(candle.close());
        slow.add(candle.close());
        if (!slow.isFull()) {
            return List.of();
        }
        // fast/nFast > slow/nSlow, compared as fast*nSlow > slow*nFast: exact, no rounding.
        boolean above = fast.sum().multiply(BigDecimal.valueOf(slow.period()))
                .compareTo(slow.sum().multiply(BigDecimal.valueOf(fast.period()))) > 0;
        Boolean before = fastAbove;
        fastAbove = above;
        if (before == null || before == above || ctx.hasWorkingOrders()) {
            return List.of();
        }
        Instrument ins = ctx.instrument(config.symbol());
        BigDecimal held = ctx.position(config.symbol());
        return above ? buy(ins, held, candle, ctx) : sell(ins, held);
    }

    private List<OrderIntent> buy(Instrument ins, BigDecimal held, Candle candle, StrategyContext ctx) {
        if (held.compareTo(ins.minQty()) >= 0) {
            return List.of();
        }
        BigDecimal budget = ctx.cash().multiply(config.sizeFraction());
        BigDecimal qty = roundDown(budget.divide(candle.close(), 12, RoundingMode.DOWN), ins.lotStep());
        if (qty.compareTo(ins.minQty()) < 0 || qty.multiply(candle.close()).compareTo(ins.minNotional()) < 0) {
            return List.of();
        }
        return List.of(OrderIntent.market(config.symbol(), Side.BUY, qty, crossText("above")));
    }

    private List<OrderIntent> sell(Instrument ins, BigDecimal held) {
        BigDecimal qty = roundDown(held, ins.lotStep());
        if (qty.compareTo(ins.minQty()) < 0) {
            return List.of();
        }
        return List.of(OrderIntent.market(config.symbol(), Side.SELL, qty, crossText("below")));
    }

    private String crossText(String direction) {
        return "fast " + fast.period() + " MA " + fast.average().toPlainString() + " crossed " + direction
                + " slow " + slow.period() + " MA " + slow.average().toPlainString();
    }

    private static BigDecimal roundDown(BigDecimal qty, BigDecimal step) {
        return qty.divide(step, 0, RoundingMode.DOWN).multiply(step);
    }
}
