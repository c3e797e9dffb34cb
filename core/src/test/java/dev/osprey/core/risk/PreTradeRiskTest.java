package dev.osprey.core.risk;

import dev.osprey.core.instrument.Instrument;
import dev.osprey.core.order.OrderRequest;
import dev.osprey.core.order.OrderType;
import dev.osprey.core.order.RejectReason;
import dev.osprey.core.order.Rejection;
import dev.osprey.core.order.Side;
import dev.osprey.core.order.TimeInForce;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each limit: an order just inside passes, just outside is rejected with that limit's own reason. */
class PreTradeRiskTest {
    private static final Instrument BTC = new Instrument("BTCUSDT", "BTC", "USDT", new BigDecimal("0.01"),
            new BigDecimal("0.00001"), new BigDecimal("0.00001"), new BigDecimal("9000"), new BigDecimal("5"));
    private final FakeRiskView view = new FakeRiskView();

    private static RiskLimits only(java.util.function.UnaryOperator<Builder> set) {
        return set.apply(new Builder()).build();
    }

    /** A mutable bag of limits, all off until a test sets one. */
    static final class Builder {
        Set<String> allowed = Set.of();
        BigDecimal minValue;
        Map<String, BigDecimal> maxQty = Map.of();
        BigDecimal maxNotional;
        BigDecimal band;
        Integer rate;
        Integer openOrders;
        boolean buyingPower;
        BigDecimal minBalance;
        BigDecimal reserve;
        BigDecimal maxPosition;
        BigDecimal positionPct;
        Integer openPositions;
        BigDecimal concentration;
        BigDecimal heat;

        RiskLimits build() {
            return new RiskLimits(allowed, minValue, maxQty, maxNotional, band, rate, openOrders, buyingPower,
                    minBalance, reserve,
                    maxPosition, positionPct, openPositions, concentration, heat, Set.of("USDT"));
        }
    }

    private static OrderRequest buy(String qty, String price) {
        return new OrderRequest("c", "BTCUSDT", Side.BUY, OrderType.LIMIT, new BigDecimal(qty), new BigDecimal(price));
    }

    private Optional<RejectReason> check(RiskLimits limits, OrderRequest r) {
        return check(new PreTradeRisk(limits), r, null);
    }

    private Optional<RejectReason> check(PreTradeRisk risk, OrderRequest r, BigDecimal stopPercent) {
        BigDecimal value = r.qty().multiply(r.price());
        return risk.check(r, BTC, value, stopPercent, 0L, view).map(Rejection::reason);
    }

    private void insideThenOutside(RiskLimits limits, OrderRequest inside, OrderRequest outside, RejectReason reason) {
        assertEquals(Optional.empty(), check(limits, inside), "just inside must pass");
        assertEquals(Optional.of(reason), check(limits, outside), "just outside must be rejected");
    }

    @Test
    void whenSymbolNotAllowed_thenRejected() {
        RiskLimits l = only(b -> { b.allowed = Set.of("ETHUSDT"); return b; });
        assertEquals(Optional.of(RejectReason.RISK_SYMBOL_NOT_ALLOWED), check(l, buy("0.01", "50000")));
        assertEquals(Optional.empty(), check(only(b -> { b.allowed = Set.of("BTCUSDT"); return b; }),
                buy("0.01", "50000")));
    }

    @Test
    void whenOrderValueBelowMinimum_thenRejected() {
        insideThenOutside(only(b -> { b.minValue = new BigDecimal("50"); return b; }),
                buy("0.001", "50000"), buy("0.00099", "50000"), RejectReason.RISK_MIN_ORDER_VALUE);
    }

    @Test
    void whenQuantityAboveLimit_thenRejected() {
        insideThenOutside(only(b -> { b.maxQty = Map.of("BTCUSDT", new BigDecimal("0.1")); return b; }),
                buy("0.1", "50000"), buy("0.10001", "50000"), RejectReason.RISK_MAX_ORDER_QTY);
    }

    @Test
    void whenValueAboveLimit_thenRejected() {
        insideThenOutside(only(b -> { b.maxNotional = new BigDecimal("5000"); return b; }),
                buy("0.1", "50000"), buy("0.1", "50000.01"), RejectReason.RISK_MAX_ORDER_NOTIONAL);
    }

    @Test
    void whenPriceOutsideTheBand_thenFatFingerRejected() {
        insideThenOutside(only(b -> { b.band = new BigDecimal("5"); return b; }),
                buy("0.01", "47500"), buy("0.01", "47499.99"), RejectReason.RISK_PRICE_BAND);
    }

    @Test
    void whenTooManyOrdersInOneSecond_thenRejected_andAllowedAgainASecondLater() {
        PreTradeRisk risk = new PreTradeRisk(only(b -> { b.rate = 2; return b; }));
        OrderRequest r = buy("0.01", "50000");
        assertEquals(Optional.empty(), risk.check(r, BTC, BigDecimal.TEN, null, 0L, view).map(Rejection::reason));
        risk.accepted(0L);
        risk.accepted(500_000_000L);
        assertEquals(Optional.of(RejectReason.RISK_ORDER_RATE),
                risk.check(r, BTC, BigDecimal.TEN, null, 999_999_999L, view).map(Rejection::reason));
        assertEquals(Optional.empty(),
                risk.check(r, BTC, BigDecimal.TEN, null, 1_000_000_000L, view).map(Rejection::reason));
    }

    @Test
    void whenOpenOrdersAtLimit_thenRejected() {
        RiskLimits l = only(b -> { b.openOrders = 3; return b; });
        view.openOrders = 2;
        assertEquals(Optional.empty(), check(l, buy("0.01", "50000")));
        view.openOrders = 3;
        assertEquals(Optional.of(RejectReason.RISK_MAX_OPEN_ORDERS), check(l, buy("0.01", "50000")));
    }

    @Test
    void whenAccountBelowMinimum_thenNewExposureRejected() {
        RiskLimits l = only(b -> { b.minBalance = new BigDecimal("100"); return b; });
        view.equity = new BigDecimal("100");
        assertEquals(Optional.empty(), check(l, buy("0.001", "50000")));
        view.equity = new BigDecimal("99.99");
        assertEquals(Optional.of(RejectReason.RISK_MIN_ACCOUNT_BALANCE), check(l, buy("0.001", "50000")));
    }

    @Test
    void whenBuyCostsMoreThanFreeQuote_thenBuyingPowerRejected() {
        insideThenOutside(only(b -> { b.buyingPower = true; return b; }), buy("0.2", "50000"),
                buy("0.20001", "50000"), RejectReason.RISK_BUYING_POWER);
    }

    @Test
    void whenSellMoreThanFreeBase_thenBuyingPowerRejected() {
        view.free.put("BTC", new BigDecimal("0.5"));
        view.positions.put("BTCUSDT", new BigDecimal("0.5"));
        OrderRequest ok = new OrderRequest("s", "BTCUSDT", Side.SELL, OrderType.LIMIT, new BigDecimal("0.5"),
                new BigDecimal("50000"));
        OrderRequest tooMuch = new OrderRequest("s", "BTCUSDT", Side.SELL, OrderType.LIMIT, new BigDecimal("0.50001"),
                new BigDecimal("50000"));
        insideThenOutside(only(b -> { b.buyingPower = true; return b; }), ok, tooMuch,
                RejectReason.RISK_BUYING_POWER);
    }

    @Test
    void whenBuyWouldEatTheStablecoinReserve_thenRejected() {
        insideThenOutside(only(b -> { b.reserve = new BigDecimal("20"); return b; }),
                buy("0.16", "50000"), buy("0.16002", "50000"), RejectReason.RISK_STABLECOIN_RESERVE);
    }

    @Test
    void whenPositionWouldExceedItsValueLimit_thenRejected() {
        view.positions.put("BTCUSDT", new BigDecimal("0.01"));
        insideThenOutside(only(b -> { b.maxPosition = new BigDecimal("1000"); return b; }),
                buy("0.01", "50000"), buy("0.01001", "50000"), RejectReason.RISK_MAX_POSITION);
    }

    @Test
    void whenPositionWouldExceedItsShareOfThePortfolio_thenRejected() {
        insideThenOutside(only(b -> { b.positionPct = new BigDecimal("20"); return b; }),
                buy("0.04", "50000"), buy("0.04001", "50000"), RejectReason.RISK_POSITION_PCT);
    }

    @Test
    void whenNewPositionBeyondTheOpenPositionLimit_thenRejected_butAddingToOneIsFine() {
        RiskLimits l = only(b -> { b.openPositions = 5; return b; });
        view.openPositions = 4;
        assertEquals(Optional.empty(), check(l, buy("0.01", "50000")));
        view.openPositions = 5;
        assertEquals(Optional.of(RejectReason.RISK_MAX_OPEN_POSITIONS), check(l, buy("0.01", "50000")));
        view.positions.put("BTCUSDT", new BigDecimal("0.01"));
        assertEquals(Optional.empty(), check(l, buy("0.01", "50000")), "adds to an open position");
    }

    @Test
    void whenAssetWouldBeTooConcentrated_thenRejected() {
        view.assetValues.put("BTC", new BigDecimal("3000"));
        insideThenOutside(only(b -> { b.concentration = new BigDecimal("40"); return b; }),
                buy("0.02", "50000"), buy("0.02001", "50000"), RejectReason.RISK_CONCENTRATION);
    }

    @Test
    void whenASellIsCoveredByBaseTheAccountHolds_thenTheLimitsOnAddingDoNotStopIt() {
        view.assetValues.put("BTC", new BigDecimal("30000"));
        view.free.put("BTC", new BigDecimal("0.5"));
        RiskLimits l = only(b -> { b.concentration = new BigDecimal("40"); return b; });
        OrderRequest sell = new OrderRequest("c", "BTCUSDT", Side.SELL, OrderType.LIMIT, new BigDecimal("0.5"),
                new BigDecimal("60000"));
        OrderRequest oversell = new OrderRequest("c", "BTCUSDT", Side.SELL, OrderType.LIMIT, new BigDecimal("0.50001"),
                new BigDecimal("60000"));

        assertEquals(Optional.empty(), check(l, sell), "selling coins held lowers the concentration");
        assertEquals(Optional.of(RejectReason.RISK_CONCENTRATION), check(l, oversell),
                "selling more than is held is a short, and adds");
    }

    @Test
    void whenHeatWouldExceedTheLimit_thenRejected_andABracketCountsOnlyItsStopDistance() {
        PreTradeRisk risk = new PreTradeRisk(only(b -> { b.heat = new BigDecimal("30"); return b; }));
        view.heat = new BigDecimal("2000");
        assertEquals(Optional.empty(), check(risk, buy("0.02", "50000"), null));
        assertEquals(Optional.of(RejectReason.RISK_PORTFOLIO_HEAT), check(risk, buy("0.02001", "50000"), null));
        assertEquals(Optional.empty(), check(risk, buy("0.1", "50000"), new BigDecimal("2")),
                "5000 with a 2 % stop risks 100");
    }

    @Test
    void whenReduceOnly_thenExposureLimitsDoNotApply() {
        view.positions.put("BTCUSDT", new BigDecimal("-1"));
        view.heat = new BigDecimal("9999");
        OrderRequest cover = new OrderRequest("r", "BTCUSDT", Side.BUY, OrderType.LIMIT, new BigDecimal("0.1"),
                new BigDecimal("50000"), null, TimeInForce.GTC, 0L, false, true, null);
        Optional<RejectReason> reason = check(only(b -> { b.heat = new BigDecimal("30"); b.positionPct =
                BigDecimal.ONE; return b; }), cover);
        assertTrue(reason.isEmpty(), String.valueOf(reason));
    }
}
