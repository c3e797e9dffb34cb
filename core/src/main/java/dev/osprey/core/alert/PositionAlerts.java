package dev.osprey.core.alert;

import dev.osprey.core.engine.EngineSnapshot;
import dev.osprey.core.engine.PositionView;
import dev.osprey.core.venue.Balance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Position opened or closed, and the day's loss reaching a share of its limit. The day is the UTC day of engine
 * time; its loss is the fall of the positions' net P&amp;L since the day's first snapshot, against the limit in
 * percent of the equity then (stablecoins at face value plus positions at their marks).
 */
final class PositionAlerts {
    private final AlertSettings settings;
    private final Map<String, BigDecimal> held = new HashMap<>();
    private LocalDate day;
    private BigDecimal dayStartPnl;
    private BigDecimal dayLimit;
    private boolean warnedToday;

    PositionAlerts(AlertSettings settings) {
        this.settings = settings;
    }

    void positions(EngineSnapshot s, Consumer<Alert> out) {
        for (PositionView p : s.positions()) {
            BigDecimal before = held.getOrDefault(p.symbol(), BigDecimal.ZERO);
            held.put(p.symbol(), p.qty());
            if (before.signum() == 0 && p.qty().signum() != 0) {
                out.accept(Alert.of(AlertKind.POSITION_OPENED, s.timeMs(), p.symbol() + " " + p.qty().toPlainString()
                        + " @ " + p.avgPrice().toPlainString()));
            } else if (before.signum() != 0 && p.qty().signum() == 0) {
                out.accept(Alert.of(AlertKind.POSITION_CLOSED, s.timeMs(), p.symbol() + " flat, realised "
                        + p.realizedPnl().toPlainString() + ", fees " + p.fees().toPlainString()));
            }
        }
    }

    void dailyLoss(EngineSnapshot s, Consumer<Alert> out) {
        if (s.timeMs() <= 0 || settings.dailyLossLimitPercent() == null) {
            return;
        }
        LocalDate today = Instant.ofEpochMilli(s.timeMs()).atZone(ZoneOffset.UTC).toLocalDate();
        BigDecimal pnl = netPnl(s);
        if (!today.equals(day)) {
            day = today;
            dayStartPnl = pnl;
            dayLimit = equity(s).multiply(settings.dailyLossLimitPercent()).movePointLeft(2);
            warnedToday = false;
            return;
        }
        BigDecimal loss = dayStartPnl.subtract(pnl);
        BigDecimal warnAt = dayLimit.multiply(settings.dailyLossWarnFraction());
        if (!warnedToday && dayLimit.signum() > 0 && loss.compareTo(warnAt) >= 0) {
            warnedToday = true;
            BigDecimal share = loss.multiply(BigDecimal.valueOf(100)).divide(dayLimit, 1, RoundingMode.HALF_EVEN);
            out.accept(Alert.of(AlertKind.DAILY_LOSS_NEAR_LIMIT, s.timeMs(), "Today's loss "
                    + loss.setScale(2, RoundingMode.HALF_EVEN).toPlainString() + " is " + share.toPlainString()
                    + " % of the daily limit " + dayLimit.setScale(2, RoundingMode.HALF_EVEN).toPlainString()));
        }
    }

    private static BigDecimal netPnl(EngineSnapshot s) {
        return s.positions().stream().map(PositionView::netPnl).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private BigDecimal equity(EngineSnapshot s) {
        BigDecimal e = BigDecimal.ZERO;
        for (Balance b : s.balances()) {
            if (settings.stablecoins().contains(b.asset())) {
                e = e.add(b.total());
            }
        }
        for (PositionView p : s.positions()) {
            if (p.mark() != null) {
                e = e.add(p.qty().abs().multiply(p.mark()));
            }
        }
        return e;
    }
}
