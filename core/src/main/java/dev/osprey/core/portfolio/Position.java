package dev.osprey.core.portfolio;

import dev.osprey.core.order.Fill;
import dev.osprey.core.order.Side;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * A net position in one instrument: signed quantity (negative = short), average entry price, realised P&amp;L
 * (gross of fees) and the fees paid, in the quote asset. Immutable; {@link #apply} returns the next one.
 */
public record Position(String symbol, BigDecimal qty, BigDecimal avgPrice, BigDecimal realizedPnl,
                       BigDecimal fees) {

    public static Position flat(String symbol) {
        return new Position(symbol, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
    }

    /** Fees must already be in the quote asset. */
    public Position apply(Fill fill) {
        BigDecimal signedQty = fill.side() == Side.BUY ? fill.qty() : fill.qty().negate();
        BigDecimal newFees = fees.add(fill.fee());
        boolean sameDirection = qty.signum() == 0 || qty.signum() == signedQty.signum();
        if (sameDirection) {
            BigDecimal newQty = qty.add(signedQty);
            BigDecimal cost = avgPrice.multiply(qty.abs()).add(fill.price().multiply(fill.qty()));
            BigDecimal avg = cost.divide(newQty.abs(), MathContext.DECIMAL64);
            return new Position(symbol, newQty, avg, realizedPnl, newFees);
        }
        // Reducing (and possibly flipping): the closed part realises against the average entry.
        BigDecimal closing = fill.qty().min(qty.abs());
        BigDecimal pnlPerUnit = fill.price().subtract(avgPrice);
        BigDecimal realized = realizedPnl.add(pnlPerUnit.multiply(closing).multiply(BigDecimal.valueOf(qty.signum())));
        BigDecimal newQty = qty.add(signedQty);
        BigDecimal avg = newQty.signum() == 0 ? BigDecimal.ZERO
                : newQty.signum() == qty.signum() ? avgPrice : fill.price();
        return new Position(symbol, newQty, avg, realized, newFees);
    }

    /** P&amp;L of the open quantity at {@code mark}; zero when flat or no mark. */
    public BigDecimal unrealizedPnl(BigDecimal mark) {
        if (mark == null || qty.signum() == 0) {
            return BigDecimal.ZERO;
        }
        return mark.subtract(avgPrice).multiply(qty);
    }

    public boolean isFlat() {
        return qty.signum() == 0;
    }
}
