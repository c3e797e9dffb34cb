package dev.osprey.core.engine;

import dev.osprey.core.order.Contingency;
import dev.osprey.core.order.Order;
import dev.osprey.core.order.OrderRequest;
import dev.osprey.core.order.RejectReason;
import dev.osprey.core.order.Rejection;
import dev.osprey.core.order.Side;
import dev.osprey.core.portfolio.Portfolio;
import dev.osprey.core.portfolio.Position;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A reduce-only order may only shrink the position: its side must oppose the position, and it together with the
 * other working reduce-only orders on that side must not exceed it.
 */
final class ReduceOnly {
    private final Portfolio portfolio;

    ReduceOnly(Portfolio portfolio) {
        this.portfolio = portfolio;
    }

    /** Legs of the same bracket or OCO group ({@code group}, may be null) never both execute, so they count once. */
    Optional<Rejection> check(OrderRequest r, Contingency group, List<Order> working) {
        BigDecimal room = room(r, group, working);
        if (r.qty().compareTo(room) > 0) {
            BigDecimal position = position(r.symbol());
            return Optional.of(new Rejection(RejectReason.REDUCE_ONLY_WOULD_INCREASE,
                    "position " + position.stripTrailingZeros().toPlainString() + ", room left "
                            + room.stripTrailingZeros().toPlainString()));
        }
        return Optional.empty();
    }

    private BigDecimal position(String symbol) {
        return portfolio.position(symbol).map(Position::qty).orElse(BigDecimal.ZERO);
    }

    /** How much an order on {@code r}'s side may still reduce: the position less other reduce-only orders. */
    BigDecimal room(OrderRequest r, Contingency group, List<Order> working) {
        BigDecimal position = position(r.symbol());
        BigDecimal reducible = r.side() == Side.SELL ? position.max(BigDecimal.ZERO)
                : position.negate().max(BigDecimal.ZERO);
        BigDecimal committed = BigDecimal.ZERO;
        for (Order o : working) {
            boolean sameBook = o.symbol().equals(r.symbol()) && o.side() == r.side();
            boolean sameGroup = group != null && o.contingency() != null
                    && o.contingency().groupId().equals(group.groupId());
            if (sameBook && o.spec().reduceOnly() && !o.clientOrderId().equals(r.clientOrderId())
                    && !OrderFlow.isHeld(o) && !sameGroup) {
                committed = committed.add(o.remainingQty());
            }
        }
        return reducible.subtract(committed).max(BigDecimal.ZERO);
    }
}
