package dev.osprey.paper;

import dev.osprey.core.market.Scaled;
import dev.osprey.core.order.Fill;
import dev.osprey.core.order.Liquidity;
import dev.osprey.core.venue.OrderFilled;

import java.math.BigDecimal;

/** Books one execution: moves the money between balances, updates the order and writes the fill. */
final class Settlement {
    private final PaperAccountConfig config;
    private final PaperAccount account;
    private long tradeSequence;

    Settlement(PaperAccountConfig config, PaperAccount account) {
        this.config = config;
        this.account = account;
    }

    /** Locks what the order may spend; the caller has checked the free balance covers it. */
    void reserve(WorkingOrder order) {
        account.lock(order.reserveAsset(), order.reserve);
    }

    /** Hands back whatever a finished or cancelled order still had locked. */
    void release(WorkingOrder order) {
        account.unlock(order.reserveAsset(), order.reserve);
        order.reserve = BigDecimal.ZERO;
    }

    /**
     * Fills {@code qty} of the order at {@code price}.
     * The fee is charged in the quote asset on both sides, which keeps this skeleton's books in one currency;
     * Binance charges a buy's fee in the base asset (or BNB), which the live adapter will report as it comes.
     */
    OrderFilled fill(WorkingOrder order, long price, long qty, Liquidity liquidity, long timeMs) {
        BigDecimal size = Scaled.toBigDecimal(qty);
        BigDecimal notional = notional(price, qty);
        BigDecimal fee = config.fee(notional, liquidity);
        String base = order.instrument.baseAsset();
        String quote = order.instrument.quoteAsset();
        if (order.isBuy()) {
            payFromReserve(order, notional.add(fee));
            account.credit(base, size);
        } else {
            payFromReserve(order, size);
            account.credit(quote, notional.subtract(fee));
        }
        order.recordFill(qty, notional, fee, timeMs);
        if (order.isDone()) {
            release(order);
        }
        String tradeId = "PT-" + ++tradeSequence;
        return new OrderFilled(new Fill(order.clientOrderId(), order.venueOrderId, tradeId, order.symbol(),
                order.side(), Scaled.toBigDecimal(price), size, fee, quote, liquidity, timeMs));
    }

    private void payFromReserve(WorkingOrder order, BigDecimal amount) {
        String asset = order.reserveAsset();
        BigDecimal fromReserve = amount.min(order.reserve);
        account.spendLocked(asset, fromReserve);
        order.reserve = order.reserve.subtract(fromReserve);
        BigDecimal shortfall = amount.subtract(fromReserve);
        if (shortfall.signum() > 0) {
            // Rounding each fill's fee can overshoot the reserve by half a unit in the 8th decimal per fill;
            // that dust comes out of free funds, and is waived rather than drive a balance negative.
            account.spendFree(asset, shortfall.min(account.free(asset)));
        }
    }

    /** Price times quantity, exact. */
    static BigDecimal notional(long price, long qty) {
        long product = price * qty;
        boolean fits = Math.multiplyHigh(price, qty) == (product >> 63);
        if (fits && product % Scaled.ONE == 0) {
            // The usual case (a price in cents times a lot): 8 decimals already hold it exactly.
            return BigDecimal.valueOf(product / Scaled.ONE, Scaled.SCALE);
        }
        return plain(Scaled.toBigDecimal(price).multiply(Scaled.toBigDecimal(qty)));
    }

    /** At least 8 decimals, as a venue writes amounts, without losing any exact digit beyond them. */
    private static BigDecimal plain(BigDecimal exact) {
        BigDecimal stripped = exact.stripTrailingZeros();
        return stripped.scale() < Scaled.SCALE ? stripped.setScale(Scaled.SCALE) : stripped;
    }
}
