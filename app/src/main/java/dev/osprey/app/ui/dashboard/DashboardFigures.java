package dev.osprey.app.ui.dashboard;

import dev.osprey.app.ui.Fmt;
import dev.osprey.core.breaker.BreakerState;
import dev.osprey.core.breaker.BreakerStatus;
import dev.osprey.core.engine.DeskMetrics;
import dev.osprey.core.engine.EngineSnapshot;
import dev.osprey.core.engine.PositionView;
import dev.osprey.core.gate.TradingState;
import dev.osprey.core.market.FeedState;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The dashboard's figures from one engine snapshot. Pure: the snapshot, the wall clock now (for ages) and the
 * settings in, tiles' text out, so it is tested without a screen. Money stays BigDecimal until it is text.
 */
final class DashboardFigures {
    private final String mode;
    private final long staleFeedMs;
    private final BreakerCooldowns cooldowns;

    DashboardFigures(String mode, long staleFeedMs, BreakerCooldowns cooldowns) {
        this.mode = mode;
        this.staleFeedMs = staleFeedMs;
        this.cooldowns = cooldowns;
    }

    List<Figure> of(EngineSnapshot s, long wallNowMs) {
        DeskMetrics m = s.metrics();
        List<Figure> out = new ArrayList<>();
        out.add(pnl("pnl-total", "Total P&L", total(s.positions()), "net of fees, all symbols"));
        out.add(pnl("pnl-daily", "Daily P&L", m.dailyPnl(), "since 00:00 UTC"));
        out.add(exposure(s.positions()));
        out.add(positions(s.positions()));
        out.add(mode(s));
        out.add(breaker(s));
        out.add(feeds(m, wallNowMs));
        out.add(venues(m, wallNowMs));
        out.add(new Figure("latency-ack", "Submit → ack", percentiles(m.submitToAck()),
                "p50 / p99 of the last acks, " + m.submitToAck().samples() + " in all", Figure.Level.OK));
        out.add(new Figure("latency-md", "Market data → engine", percentiles(m.marketData()),
                "p50 / p99 of the wait in the engine queue", Figure.Level.OK));
        out.add(new Figure("orders-rate", "Orders / min", Integer.toString(m.ordersPerMinute()),
                "sent in the last 60 s", Figure.Level.OK));
        return out;
    }

    private static BigDecimal total(List<PositionView> positions) {
        BigDecimal t = BigDecimal.ZERO;
        for (PositionView p : positions) {
            t = t.add(p.netPnl());
        }
        return t;
    }

    private static Figure pnl(String id, String title, BigDecimal v, String detail) {
        return new Figure(id, title, Fmt.pnl(v) + " USDT", detail,
                v.signum() < 0 ? Figure.Level.WARN : Figure.Level.OK);
    }

    private static Figure exposure(List<PositionView> positions) {
        BigDecimal gross = BigDecimal.ZERO;
        BigDecimal net = BigDecimal.ZERO;
        for (PositionView p : positions) {
            if (p.mark() != null) {
                BigDecimal value = p.qty().multiply(p.mark());
                gross = gross.add(value.abs());
                net = net.add(value);
            }
        }
        return new Figure("exposure", "Exposure", Fmt.num(gross, 2) + " USDT",
                "net " + Fmt.pnl(net), Figure.Level.OK);
    }

    private static Figure positions(List<PositionView> positions) {
        List<String> open = new ArrayList<>();
        for (PositionView p : positions) {
            if (p.qty().signum() != 0) {
                open.add(p.symbol() + " " + p.qty().stripTrailingZeros().toPlainString());
            }
        }
        return new Figure("positions", "Open positions", Integer.toString(open.size()),
                open.isEmpty() ? "flat" : String.join(", ", open), Figure.Level.OK);
    }

    private Figure mode(EngineSnapshot s) {
        boolean halted = s.trading().state() == TradingState.HALTED;
        return new Figure("mode", "Mode", mode, halted ? "HALTED by " + s.trading().who() : "trading ACTIVE",
                halted ? Figure.Level.ALERT : Figure.Level.OK);
    }

    private Figure breaker(EngineSnapshot s) {
        List<String> open = new ArrayList<>();
        String cooldown = "";
        for (BreakerStatus b : s.breakers()) {
            if (b.state() != BreakerState.CLOSED) {
                open.add(b.trigger() + " " + b.state());
                if (cooldown.isEmpty()) {
                    cooldown = cooldowns.left(b, s.timeMs());
                }
            }
        }
        if (open.isEmpty()) {
            return new Figure("breaker", "Breaker", "CLOSED", s.breakers().size() + " triggers armed",
                    Figure.Level.OK);
        }
        String detail = String.join(", ", open) + (cooldown.isEmpty() ? "" : " — " + cooldown);
        return new Figure("breaker", "Breaker", open.size() + " OPEN", detail, Figure.Level.ALERT);
    }

    private Figure feeds(DeskMetrics m, long wallNowMs) {
        List<String> lines = new ArrayList<>();
        Figure.Level level = Figure.Level.OK;
        long oldest = 0;
        for (DeskMetrics.FeedHealth f : m.feeds()) {
            long age = f.lastEventWallMs() == 0 ? -1 : Math.max(0, wallNowMs - f.lastEventWallMs());
            boolean stale = f.state() != FeedState.ENDED && (age < 0 || age > staleFeedMs);
            boolean broken = f.state() == FeedState.RESYNCING || f.state() == FeedState.DISCONNECTED;
            if (stale || broken) {
                level = Figure.Level.WARN;
            }
            oldest = Math.max(oldest, Math.max(age, 0));
            lines.add(f.symbol() + " " + f.state() + " " + (age < 0 ? "no data" : age(age)) + (stale ? " STALE" : ""));
        }
        String value = level == Figure.Level.OK ? "fresh" : "STALE";
        return new Figure("feeds", "Market data", m.feeds().isEmpty() ? "--" : value, String.join("\n", lines), level);
    }

    private static Figure venues(DeskMetrics m, long wallNowMs) {
        List<String> lines = new ArrayList<>();
        for (DeskMetrics.Heartbeat h : m.venues()) {
            lines.add(h.venue() + ": last heard " + age(Math.max(0, wallNowMs - h.lastHeardWallMs())) + " ago");
        }
        return new Figure("venues", "Venue heartbeat", m.venues().isEmpty() ? "--" : m.venues().size() + " up",
                String.join("\n", lines), Figure.Level.OK);
    }

    private static String age(long ms) {
        return DashFormat.duration(Duration.ofMillis(ms));
    }

    private static String percentiles(DeskMetrics.Latency l) {
        return l.samples() == 0 ? "--" : DashFormat.latency(l.p50Nanos()) + " / " + DashFormat.latency(l.p99Nanos());
    }
}
