package dev.osprey.core.engine;

import dev.osprey.core.instrument.Instrument;
import dev.osprey.core.oms.Orders;
import dev.osprey.core.order.Order;
import dev.osprey.core.order.Side;
import dev.osprey.core.portfolio.Portfolio;
import dev.osprey.core.portfolio.Position;
import dev.osprey.core.risk.RiskView;
import dev.osprey.core.venue.Balance;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Set;
import java.util.function.Supplier;

/** Pre-trade risk's window on the engine's state: balances valued at mids, positions, open orders, heat. */
final class EngineRiskView implements RiskView {
    private final Collection<Instrument> instruments;
    private final Portfolio portfolio;
    private final Orders orders;
    private final MarketBooks books;
    private final Supplier<Set<String>> stablecoins;

    EngineRiskView(Collection<Instrument> instruments, Portfolio portfolio, Orders orders, MarketBooks books,
                   Supplier<Set<String>> stablecoins) {
        this.instruments = instruments;
        this.portfolio = portfolio;
        this.orders = orders;
        this.books = books;
        this.stablecoins = stablecoins;
    }

    @Override
    public BigDecimal mid(String symbol) {
        return books.mid(symbol);
    }

    @Override
    public BigDecimal equity() {
        BigDecimal sum = BigDecimal.ZERO;
        for (Balance b : portfolio.balancesView()) {
            sum = sum.add(value(b.asset(), b.total()));
        }
        return sum;
    }

    @Override
    public BigDecimal free(String asset) {
        return balance(asset).free();
    }

    @Override
    public BigDecimal assetValue(String asset) {
        return value(asset, balance(asset).total());
    }

    @Override
    public BigDecimal position(String symbol) {
        return portfolio.position(symbol).map(Position::qty).orElse(BigDecimal.ZERO);
    }

    @Override
    public int openPositions() {
        return (int) portfolio.positions().stream().filter(p -> !p.isFlat()).count();
    }

    @Override
    public int openOrders() {
        return orders.workingCount();
    }

    @Override
    public BigDecimal heat() {
        BigDecimal heat = BigDecimal.ZERO;
        for (Position p : portfolio.positions()) {
            if (p.isFlat()) {
                continue;
            }
            BigDecimal stop = protectiveStop(p);
            BigDecimal mid = books.mid(p.symbol());
            BigDecimal perUnit = stop != null ? p.avgPrice().subtract(stop).abs() : mid != null ? mid : p.avgPrice();
            heat = heat.add(p.qty().abs().multiply(perUnit));
        }
        return heat;
    }

    /** The stop of a working reduce-only stop order against the position, if any. */
    private BigDecimal protectiveStop(Position p) {
        for (Order o : orders.workingView()) {
            boolean against = p.qty().signum() > 0 ? o.side() == Side.SELL : o.side() == Side.BUY;
            if (o.symbol().equals(p.symbol()) && against && o.spec().reduceOnly() && o.type().isStopStyle()
                    && o.spec().stopPrice() != null) {
                return o.spec().stopPrice();
            }
        }
        return null;
    }

    private Balance balance(String asset) {
        return portfolio.balance(asset).orElseGet(() -> new Balance(asset, BigDecimal.ZERO, BigDecimal.ZERO));
    }

    /** An amount of an asset in the stablecoin quote, at the mid of its instrument (zero when it has none). */
    private BigDecimal value(String asset, BigDecimal amount) {
        if (stablecoins.get().contains(asset)) {
            return amount;
        }
        for (Instrument i : instruments) {
            if (i.baseAsset().equals(asset) && stablecoins.get().contains(i.quoteAsset())) {
                BigDecimal mid = books.mid(i.symbol());
                return mid == null ? BigDecimal.ZERO : amount.multiply(mid);
            }
        }
        return BigDecimal.ZERO;
    }
}
