package dev.osprey.core.risk;

import dev.osprey.core.instrument.Instrument;
import dev.osprey.core.order.OrderRequest;
import dev.osprey.core.order.RejectReason;
import dev.osprey.core.order.Rejection;
import dev.osprey.core.order.Side;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;

/**
 * Every new order passes here on the engine thread, paper and live alike. Each limit has its own reason; the
 * first one broken is reported. Orders that only reduce a position skip the exposure limits (they lower risk).
 */
public final class PreTradeRisk {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private volatile RiskLimits limits;
    private final OrderRate rate = new OrderRate();

    public PreTradeRisk(RiskLimits limits) {
        this.limits = limits;
    }

    /** New limits take effect from the next order (e.g. after a mode switch). */
    public void limits(RiskLimits next) {
        this.limits = next;
    }

    public RiskLimits limits() {
        return limits;
    }

    /**
     * @param value        the order's value in the quote currency (qty x limit, stop or best price)
     * @param stopPercent  the distance to its protective stop when known (a bracket), else null
     */
    public Optional<Rejection> check(OrderRequest r, Instrument ins, BigDecimal value, BigDecimal stopPercent,
                                     long nowNanos, RiskView view) {
        RiskLimits l = limits;
        Optional<Rejection> basic = checkOrder(r, value, l, nowNanos, view);
        if (basic.isPresent()) {
            return basic;
        }
        BigDecimal position = view.position(r.symbol());
        boolean increases = !r.reduceOnly() && (r.side() == Side.BUY ? position.signum() >= 0
                : position.signum() <= 0 && !sellsHoldings(r, ins, view));
        BigDecimal equity = view.equity();
        Optional<Rejection> funds = checkFunds(r, ins, value, increases, l, view, equity);
        if (funds.isPresent() || !increases) {
            return funds;
        }
        return Exposure.check(r, ins, value, stopPercent, position, l, view, equity);
    }

    /**
     * A spot sell the account's free base asset covers lowers its holding, whatever this session's fills say: a live
     * account holds coins bought before the desk started, and selling them must not meet the limits on adding.
     */
    private static boolean sellsHoldings(OrderRequest r, Instrument ins, RiskView view) {
        return view.free(ins.baseAsset()).compareTo(r.qty()) >= 0;
    }

    /** Records an order that passed and was sent, for the per-second rate. */
    public void accepted(long nowNanos) {
        rate.record(nowNanos);
    }

    private Optional<Rejection> checkOrder(OrderRequest r, BigDecimal value, RiskLimits l, long nowNanos,
                                           RiskView view) {
        if (!l.allowedSymbols().isEmpty() && !l.allowedSymbols().contains(r.symbol())) {
            return reject(RejectReason.RISK_SYMBOL_NOT_ALLOWED, r.symbol() + "; allowed " + l.allowedSymbols());
        }
        if (l.minOrderValue() != null && value.compareTo(l.minOrderValue()) < 0 && !r.reduceOnly()) {
            return reject(RejectReason.RISK_MIN_ORDER_VALUE, plain(value) + " < " + plain(l.minOrderValue()));
        }
        BigDecimal maxQty = l.maxOrderQty().get(r.symbol());
        if (maxQty != null && r.qty().compareTo(maxQty) > 0) {
            return reject(RejectReason.RISK_MAX_ORDER_QTY, plain(r.qty()) + " > " + plain(maxQty));
        }
        if (l.maxOrderNotional() != null && value.compareTo(l.maxOrderNotional()) > 0) {
            return reject(RejectReason.RISK_MAX_ORDER_NOTIONAL, plain(value) + " > " + plain(l.maxOrderNotional()));
        }
        Optional<Rejection> band = priceBand(r, l, view);
        if (band.isPresent()) {
            return band;
        }
        if (l.maxOrdersPerSecond() != null && rate.wouldExceed(l.maxOrdersPerSecond(), nowNanos)) {
            return reject(RejectReason.RISK_ORDER_RATE, "limit " + l.maxOrdersPerSecond() + "/s");
        }
        if (l.maxOpenOrders() != null && view.openOrders() >= l.maxOpenOrders()) {
            return reject(RejectReason.RISK_MAX_OPEN_ORDERS, view.openOrders() + " open, limit " + l.maxOpenOrders());
        }
        return Optional.empty();
    }

    /** A limit price (or stop) more than the band away from the mid is a fat finger. */
    private static Optional<Rejection> priceBand(OrderRequest r, RiskLimits l, RiskView view) {
        BigDecimal px = r.price() != null ? r.price() : r.stopPrice();
        BigDecimal mid = view.mid(r.symbol());
        if (l.priceBandPercent() == null || px == null || mid == null) {
            return Optional.empty();
        }
        if (!Exposure.exceeds(px.subtract(mid).abs(), mid, l.priceBandPercent())) {
            return Optional.empty();
        }
        BigDecimal off = px.subtract(mid).abs().multiply(HUNDRED).divide(mid, MathContext.DECIMAL64);
        return reject(RejectReason.RISK_PRICE_BAND, plain(px) + " is " + off.setScale(2,
                java.math.RoundingMode.HALF_UP).toPlainString() + " % from mid " + plain(mid) + ", band "
                + plain(l.priceBandPercent()) + " %");
    }

    private static Optional<Rejection> checkFunds(OrderRequest r, Instrument ins, BigDecimal value, boolean increases,
                                                  RiskLimits l, RiskView view, BigDecimal equity) {
        if (increases && l.minAccountBalance() != null && equity.compareTo(l.minAccountBalance()) < 0) {
            return reject(RejectReason.RISK_MIN_ACCOUNT_BALANCE, plain(equity) + " < " + plain(l.minAccountBalance()));
        }
        // A reduce-only order sells what the position holds; the venue checks its funds itself.
        boolean checkFunds = l.buyingPower() && !r.reduceOnly();
        if (r.side() == Side.BUY) {
            BigDecimal free = view.free(ins.quoteAsset());
            if (checkFunds && value.compareTo(free) > 0) {
                return reject(RejectReason.RISK_BUYING_POWER, "needs " + plain(value) + " " + ins.quoteAsset()
                        + ", free " + plain(free));
            }
            if (increases && l.stablecoinReservePercent() != null && l.stablecoins().contains(ins.quoteAsset())) {
                BigDecimal keep = equity.multiply(l.stablecoinReservePercent()).divide(HUNDRED, MathContext.DECIMAL64);
                if (free.subtract(value).compareTo(keep) < 0) {
                    return reject(RejectReason.RISK_STABLECOIN_RESERVE, "would leave " + plain(free.subtract(value))
                            + ", keep " + plain(keep) + " (" + plain(l.stablecoinReservePercent()) + " %)");
                }
            }
        } else if (checkFunds && r.qty().compareTo(view.free(ins.baseAsset())) > 0) {
            return reject(RejectReason.RISK_BUYING_POWER, "needs " + plain(r.qty()) + " " + ins.baseAsset()
                    + ", free " + plain(view.free(ins.baseAsset())));
        }
        return Optional.empty();
    }

    static Optional<Rejection> reject(RejectReason reason, String detail) {
        return Optional.of(new Rejection(reason, detail));
    }

    static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }
}
