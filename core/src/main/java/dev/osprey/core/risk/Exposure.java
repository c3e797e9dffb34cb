package dev.osprey.core.risk;

import dev.osprey.core.instrument.Instrument;
import dev.osprey.core.order.OrderRequest;
import dev.osprey.core.order.RejectReason;
import dev.osprey.core.order.Rejection;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;

import static dev.osprey.core.risk.PreTradeRisk.plain;
import static dev.osprey.core.risk.PreTradeRisk.reject;

/** The limits on how much an order may add: position size, open positions, concentration and portfolio heat. */
final class Exposure {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Exposure() {
    }

    static Optional<Rejection> check(OrderRequest r, Instrument ins, BigDecimal value, BigDecimal stopPercent,
                                     BigDecimal position, RiskLimits l, RiskView view, BigDecimal equity) {
        BigDecimal mid = view.mid(r.symbol());
        BigDecimal price = mid != null ? mid : value.divide(r.qty(), MathContext.DECIMAL64);
        BigDecimal after = position.abs().add(r.qty()).multiply(price);
        if (l.maxPositionNotional() != null && after.compareTo(l.maxPositionNotional()) > 0) {
            return reject(RejectReason.RISK_MAX_POSITION, plain(after) + " > " + plain(l.maxPositionNotional()));
        }
        if (l.maxPositionPercent() != null && exceeds(after, equity, l.maxPositionPercent())) {
            return reject(RejectReason.RISK_POSITION_PCT, pct(after, equity) + " > " + plain(l.maxPositionPercent())
                    + " % of " + plain(equity));
        }
        if (l.maxOpenPositions() != null && position.signum() == 0 && view.openPositions() >= l.maxOpenPositions()) {
            return reject(RejectReason.RISK_MAX_OPEN_POSITIONS, view.openPositions() + " open, limit "
                    + l.maxOpenPositions());
        }
        BigDecimal assetAfter = view.assetValue(ins.baseAsset()).add(value);
        if (l.maxConcentrationPercent() != null && !l.stablecoins().contains(ins.baseAsset())
                && exceeds(assetAfter, equity, l.maxConcentrationPercent())) {
            return reject(RejectReason.RISK_CONCENTRATION, ins.baseAsset() + " " + pct(assetAfter, equity) + " > "
                    + plain(l.maxConcentrationPercent()) + " %");
        }
        if (l.maxPortfolioHeatPercent() != null) {
            BigDecimal atRisk = stopPercent == null ? value
                    : value.multiply(stopPercent).divide(HUNDRED, MathContext.DECIMAL64);
            BigDecimal heat = view.heat().add(atRisk);
            if (exceeds(heat, equity, l.maxPortfolioHeatPercent())) {
                return reject(RejectReason.RISK_PORTFOLIO_HEAT, pct(heat, equity) + " > "
                        + plain(l.maxPortfolioHeatPercent()) + " %");
            }
        }
        return Optional.empty();
    }

    /**
     * Whether {@code part} is more than {@code limitPercent} % of {@code whole} (always, when there is no whole).
     * Compared as part x 100 against limit x whole: no division on the path of an order that passes.
     */
    static boolean exceeds(BigDecimal part, BigDecimal whole, BigDecimal limitPercent) {
        return whole.signum() <= 0 || part.multiply(HUNDRED).compareTo(limitPercent.multiply(whole)) > 0;
    }

    private static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        if (whole.signum() <= 0) {
            return HUNDRED.add(HUNDRED);
        }
        return part.multiply(HUNDRED).divide(whole, MathContext.DECIMAL64);
    }

    private static String pct(BigDecimal part, BigDecimal whole) {
        return percent(part, whole).setScale(2, java.math.RoundingMode.HALF_UP).toPlainString() + " %";
    }
}
