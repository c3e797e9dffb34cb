package dev.osprey.core.engine;

import dev.osprey.core.breaker.BreakerConfig;
import dev.osprey.core.breaker.BreakerEvent;
import dev.osprey.core.breaker.BreakerRefusal;
import dev.osprey.core.breaker.BreakerStatus;
import dev.osprey.core.breaker.CircuitBreaker;
import dev.osprey.core.breaker.EquityMarks;
import dev.osprey.core.breaker.Evaluation;
import dev.osprey.core.breaker.PortfolioMetrics;
import dev.osprey.core.breaker.Restriction;
import dev.osprey.core.instrument.Instrument;
import dev.osprey.core.order.Fill;
import dev.osprey.core.order.OrderRequest;
import dev.osprey.core.order.RejectReason;
import dev.osprey.core.order.Rejection;
import dev.osprey.core.portfolio.Portfolio;
import dev.osprey.core.portfolio.Position;
import dev.osprey.core.risk.RiskView;
import dev.osprey.core.venue.AccountEvent;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Feeds the circuit breaker from the engine's state (every second of engine time or wall time, and after every
 * fill): equity marks, the losing streak, venue health ({@link VenueHealthWatch}), market-data age (wall time since
 * each symbol's last event), open positions' returns and realised volatility ({@link ReturnWatch}).
 */
final class BreakerWatch {
    private final CircuitBreaker breaker;
    private final EquityMarks marks = EquityMarks.midnightUtc();
    private final RiskView view;
    private final Portfolio portfolio;
    private final Set<String> symbols;
    private final VenueHealthWatch venues = new VenueHealthWatch();
    private final ReturnWatch returns = new ReturnWatch();
    /** Written on every market event: a hash map, not a sorted one, on that hot path. */
    private final Map<String, Long> lastDataWallMs = new HashMap<>();
    private final Map<String, BigDecimal[]> atOpen = new HashMap<>();
    private int losingStreak;
    private long lastSecond = Long.MIN_VALUE;
    private long lastWallSecond = Long.MIN_VALUE;

    BreakerWatch(BreakerConfig config, RiskView view, Portfolio portfolio, Set<String> symbols) {
        this.breaker = new CircuitBreaker(config);
        this.view = view;
        this.portfolio = portfolio;
        this.symbols = Set.copyOf(symbols);
    }

    void onMarketData(String symbol, long wallMs) {
        lastDataWallMs.put(symbol, wallMs);
    }

    void submitted(String clientOrderId, long nanos) {
        venues.submitted(clientOrderId, nanos);
    }

    void onVenueEvent(String venue, AccountEvent e, long nanos, long wallMs) {
        venues.onEvent(venue, e, nanos, wallMs);
    }

    /** A round trip ends when a position goes back to flat: it lost if its realised P&L net of fees is negative. */
    void onFill(Fill f) {
        Position p = portfolio.position(f.symbol()).orElse(Position.flat(f.symbol()));
        BigDecimal[] open = atOpen.get(f.symbol());
        if (open == null && !p.isFlat()) {
            BigDecimal fee = f.fee();
            atOpen.put(f.symbol(), new BigDecimal[] {p.realizedPnl(), p.fees().subtract(fee)});
        } else if (open != null && p.isFlat()) {
            atOpen.remove(f.symbol());
            BigDecimal net = p.realizedPnl().subtract(open[0]).subtract(p.fees().subtract(open[1]));
            losingStreak = net.signum() < 0 ? losingStreak + 1 : 0;
        }
    }

    /**
     * Evaluates once per second of engine time or of wall time (so a silent venue or feed is noticed while nothing
     * arrives), or at once when forced (after a fill). Empty when it did not evaluate, so the engine's hot path
     * skips the breaker between seconds.
     */
    Optional<List<BreakerEvent>> tick(long nowMs, long wallMs, long nanos, boolean force) {
        long second = nowMs / 1000;
        long wallSecond = wallMs / 1000;
        if (!force && second == lastSecond && wallSecond == lastWallSecond) {
            return Optional.empty();
        }
        lastSecond = second;
        lastWallSecond = wallSecond;
        BigDecimal equity = view.equity();
        if (equity.signum() <= 0) {
            return Optional.empty();
        }
        marks.observe(nowMs, equity);
        for (String symbol : symbols) {
            returns.sample(symbol, view.mid(symbol), nowMs);
        }
        Map<String, Long> ages = new TreeMap<>();
        lastDataWallMs.forEach((symbol, at) -> ages.put(symbol, Math.max(0, wallMs - at)));
        Evaluation e = breaker.evaluate(new PortfolioMetrics(nowMs, equity, marks.dayStartEquity(),
                marks.peakEquity(), losingStreak, venues.health(nanos, wallMs), ages, positionReturns(),
                returns.volatility(breaker.config().minCorrelationSamples())));
        return Optional.of(e.events());
    }

    /** Open positions' returns, signed by direction: a short gains when the price falls. */
    private List<PortfolioMetrics.PositionReturns> positionReturns() {
        List<PortfolioMetrics.PositionReturns> out = new ArrayList<>();
        for (Position p : portfolio.positions()) {
            if (!p.isFlat()) {
                int sign = p.qty().signum();
                out.add(new PortfolioMetrics.PositionReturns(p.symbol(),
                        returns.returns(p.symbol()).stream().map(r -> r * sign).toList()));
            }
        }
        return out;
    }

    /**
     * An entry scaled by the probe and volatility factors ({@link Restriction#sizeFactor}), rounded down to the lot
     * step; the request itself when nothing scales it.
     */
    OrderRequest sized(OrderRequest entry, Instrument ins) {
        BigDecimal f = breaker.restriction().sizeFactor(entry.symbol());
        if (ins == null || f.compareTo(BigDecimal.ONE) >= 0) {
            return entry;
        }
        BigDecimal qty = entry.qty().multiply(f).divide(ins.lotStep(), 0, RoundingMode.DOWN).multiply(ins.lotStep());
        return entry.withQtyAndPrice(qty, entry.price());
    }

    Restriction restriction() {
        return breaker.restriction();
    }

    List<BreakerStatus> statuses() {
        return breaker.breakers();
    }

    List<BreakerEvent> manualStop(String who, String why, long nowMs) {
        return breaker.manualStop(who, why, nowMs).events();
    }

    List<BreakerEvent> rearm(String who, String why, long nowMs) {
        return breaker.rearm(who, why, nowMs).events();
    }

    void entrySent() {
        breaker.entrySent();
    }

    /** The breaker's word on a new order; each refusal maps to its own reason. */
    Optional<Rejection> check(String symbol, boolean increases) {
        return breaker.restriction().check(venues.venue(), symbol, increases).map(BreakerWatch::toRejection);
    }

    private static Rejection toRejection(BreakerRefusal r) {
        RejectReason reason;
        switch (r.reason()) {
            case STOPPED:
                reason = RejectReason.BREAKER_STOPPED;
                break;
            case VENUE_HALTED:
                reason = RejectReason.BREAKER_VENUE_HALTED;
                break;
            case PAUSED:
                reason = RejectReason.BREAKER_PAUSED;
                break;
            case EXITS_ONLY:
                reason = RejectReason.BREAKER_EXITS_ONLY;
                break;
            case SYMBOL_CLOSING:
                reason = RejectReason.BREAKER_SYMBOL_CLOSING;
                break;
            default:
                reason = RejectReason.BREAKER_PROBE_SPENT;
        }
        return new Rejection(reason, r.detail());
    }
}
