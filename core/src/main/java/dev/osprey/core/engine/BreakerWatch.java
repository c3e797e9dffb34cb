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
import dev.osprey.core.order.Fill;
import dev.osprey.core.order.RejectReason;
import dev.osprey.core.order.Rejection;
import dev.osprey.core.portfolio.Portfolio;
import dev.osprey.core.portfolio.Position;
import dev.osprey.core.risk.RiskView;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Feeds the circuit breaker from the engine's state (every second of engine time and after every fill) and keeps
 * the losing-streak count. Measures not yet collected (venue latency and errors, heartbeats, return series,
 * volatility) are passed empty, so their triggers stay quiet until the adapters report them.
 */
final class BreakerWatch {
    private final CircuitBreaker breaker;
    private final EquityMarks marks = EquityMarks.midnightUtc();
    private final RiskView view;
    private final Portfolio portfolio;
    private final Map<String, BigDecimal[]> atOpen = new HashMap<>();
    private int losingStreak;
    private long lastSecond = Long.MIN_VALUE;

    BreakerWatch(BreakerConfig config, RiskView view, Portfolio portfolio) {
        this.breaker = new CircuitBreaker(config);
        this.view = view;
        this.portfolio = portfolio;
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
     * Evaluates once per second of engine time, or at once when forced (after a fill). Empty when it did not
     * evaluate, so the engine's hot path skips the breaker between seconds.
     */
    Optional<List<BreakerEvent>> tick(long nowMs, boolean force) {
        long second = nowMs / 1000;
        if (!force && second == lastSecond) {
            return Optional.empty();
        }
        lastSecond = second;
        BigDecimal equity = view.equity();
        if (equity.signum() <= 0) {
            return Optional.empty();
        }
        marks.observe(nowMs, equity);
        Evaluation e = breaker.evaluate(new PortfolioMetrics(nowMs, equity, marks.dayStartEquity(),
                marks.peakEquity(), losingStreak, Map.of(), Map.of(), List.of(), Map.of()));
        return Optional.of(e.events());
    }

    Restriction restriction() {
        return breaker.restriction();
    }

    List<BreakerStatus> statuses() {
        return breaker.breakers();
    }

    void manualStop(String who, String why, long nowMs) {
        breaker.manualStop(who, why, nowMs);
    }

    void rearm(String who, String why, long nowMs) {
        breaker.rearm(who, why, nowMs);
    }

    void entrySent() {
        breaker.entrySent();
    }

    /** The breaker's word on a new order; each refusal maps to its own reason. */
    Optional<Rejection> check(String symbol, boolean increases) {
        return breaker.restriction().check("", symbol, increases).map(BreakerWatch::toRejection);
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
